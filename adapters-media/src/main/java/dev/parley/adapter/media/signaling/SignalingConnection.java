package dev.parley.adapter.media.signaling;

/**
 * The client connection a {@link SignalingSession} talks to: a WebSocket in production, anything
 * that carries text frames in tests. Implementations serialise sends themselves.
 */
public interface SignalingConnection {

    /** Sends one text message. */
    void send(String text);

    /**
     * Closes the connection with a WebSocket close code (RFC 6455 §7.4.1: 1000 normal, 1008 policy
     * violation, 1009 too big, 1011 server error) and a reason of at most 123 bytes.
     */
    void close(int code, String reason);
}
