package dev.parley.application.messaging.fake;

import dev.parley.application.messaging.MessagingCredential;
import dev.parley.application.messaging.MessagingSession;
import dev.parley.application.messaging.PrivateMessage;
import dev.parley.application.messaging.port.MessagingGateway;
import dev.parley.domain.room.RoomName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issues numbered credentials ({@code UC1}, {@code UC2}, ...), keeps every issued session,
 * private message and revocation, and writes one line per operation to a shared log so tests can
 * check the order of effects across channels.
 */
public final class RecordingMessagingGateway implements MessagingGateway {

    private final AtomicInteger serial = new AtomicInteger();
    private final List<String> log;
    private final List<MessagingSession> issued = new CopyOnWriteArrayList<>();
    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    /** A private message as sent. */
    public record Sent(String room, String sid, PrivateMessage message) {
    }

    public RecordingMessagingGateway(List<String> sharedLog) {
        this.log = sharedLog;
    }

    public RecordingMessagingGateway() {
        this(new CopyOnWriteArrayList<>());
    }

    @Override
    public MessagingCredential issue(MessagingSession session) {
        String id = "UC" + serial.incrementAndGet();
        issued.add(session);
        log.add("issue:" + session.participantSid() + ":" + id);
        return new MessagingCredential(id, "jwt-" + id, "seed-" + id, List.of("ws://127.0.0.1:9222"),
                Map.of("private", "parley." + session.room().value() + ".private." + session.participantSid()),
                "parley.inbox." + session.participantSid(), session.expiresAt());
    }

    @Override
    public void sendPrivate(RoomName room, String participantSid, PrivateMessage message) {
        sent.add(new Sent(room.value(), participantSid, message));
        log.add("private:" + participantSid + ":" + message.type());
    }

    @Override
    public void revokeSession(RoomName room, String participantSid, String keepCredentialId) {
        log.add("revoke:" + participantSid + ":" + keepCredentialId);
    }

    /** Sessions credentials were issued for, in order. */
    public List<MessagingSession> issued() {
        return List.copyOf(issued);
    }

    /** Private messages sent to {@code sid}, in order. */
    public List<PrivateMessage> sentTo(String sid) {
        List<PrivateMessage> out = new ArrayList<>();
        for (Sent s : sent) {
            if (s.sid().equals(sid)) {
                out.add(s.message());
            }
        }
        return out;
    }

    /** The shared operation log. */
    public List<String> log() {
        return List.copyOf(log);
    }
}
