package dev.parley.adapter.media.signaling;

import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The signaling WebSocket at {@code /rtc}: a thin adapter from Jakarta WebSocket (Tyrus on
 * Payara) to {@link SignalingSession}. The access token comes in the first message, never in the
 * URL (so it stays out of access logs and Referer headers); query strings are ignored. The
 * container enforces the message size limit too ({@code maxMessageSize}, closing with 1009).
 * Instances are created per connection by {@link RtcEndpointConfigurator} with the application's
 * {@link SignalingService}.
 */
@ServerEndpoint(value = "/rtc", configurator = RtcEndpointConfigurator.class)
public class RtcEndpoint {

    /** Container-side limit on one text message, in bytes (a little above the session's character limit). */
    public static final int MAX_MESSAGE_BYTES = 256 * 1024;

    private static final Logger LOG = Logger.getLogger(RtcEndpoint.class.getName());

    private final SignalingService service;
    private SignalingSession session;

    /** Built by {@link RtcEndpointConfigurator}. */
    public RtcEndpoint(SignalingService service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    @OnOpen
    public void open(Session ws) {
        ws.setMaxIdleTimeout(0);
        session = service.open(new Connection(ws));
    }

    @OnMessage(maxMessageSize = MAX_MESSAGE_BYTES)
    public void message(String text) {
        session.onMessage(text);
    }

    @OnClose
    public void closed(Session ws, CloseReason reason) {
        if (session != null) {
            session.onClose();
        }
    }

    @OnError
    public void error(Session ws, Throwable t) {
        LOG.log(Level.FINE, "signaling connection error", t);
        if (session != null) {
            session.onClose();
        }
    }

    /** Sends serialised on the connection; a failed send closes it. */
    private static final class Connection implements SignalingConnection {
        private final Session ws;

        Connection(Session ws) {
            this.ws = ws;
        }

        @Override
        public void send(String text) {
            synchronized (this) {
                if (!ws.isOpen()) {
                    return;
                }
                try {
                    ws.getBasicRemote().sendText(text);
                } catch (IOException | IllegalStateException e) {
                    LOG.log(Level.FINE, "signaling send failed", e);
                }
            }
        }

        @Override
        public void close(int code, String reason) {
            synchronized (this) {
                if (!ws.isOpen()) {
                    return;
                }
                try {
                    ws.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
                } catch (IOException e) {
                    LOG.log(Level.FINE, "signaling close failed", e);
                }
            }
        }
    }
}
