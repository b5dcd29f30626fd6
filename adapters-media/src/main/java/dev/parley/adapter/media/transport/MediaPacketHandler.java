package dev.parley.adapter.media.transport;

/**
 * Receives a session's RTP and RTCP (still SRTP/SRTCP-protected), demultiplexed by RFC 7983's first
 * byte and looked up by the remote address ICE validated. Implemented by the SFU layer.
 *
 * <p>Both methods run on the transport's single receive thread: they must be quick and must not
 * block. {@code buf} is the transport's receive buffer, reused as soon as the call returns: the
 * handler may modify {@code buf[off, off+len)} in place (e.g. decrypt) and must copy what it keeps.
 * Packets may arrive before {@link TransportListener#onConnected} (browsers can send SRTP before the
 * server's handshake completes): drop or buffer them until keys are installed.
 */
public interface MediaPacketHandler {

    /** One RTP packet (first byte 128-191, second byte outside 192-223). */
    void onRtp(byte[] buf, int off, int len);

    /** One RTCP (compound) packet (first byte 128-191, second byte 192-223: RFC 5761 §4). */
    void onRtcp(byte[] buf, int off, int len);

    /** A handler that drops everything (the default until the SFU sets its own). */
    MediaPacketHandler DROP = new MediaPacketHandler() {
        @Override
        public void onRtp(byte[] buf, int off, int len) {
        }

        @Override
        public void onRtcp(byte[] buf, int off, int len) {
        }
    };
}
