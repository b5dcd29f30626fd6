package dev.parley.adapter.nats.subject;

import dev.parley.domain.messaging.Channel;
import dev.parley.domain.messaging.Direction;
import dev.parley.domain.messaging.MessagingAccess;
import dev.parley.domain.room.RoomName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The subjects of one participant session in one room (docs/messaging.md is the reference):
 * <pre>
 *   parley.&lt;room&gt;.events               Parley publishes, participants subscribe
 *   parley.&lt;room&gt;.chat.&lt;sid&gt;           publish own sid only, subscribe parley.&lt;room&gt;.chat.*
 *   parley.&lt;room&gt;.data.&lt;sid&gt;           publish own sid only, subscribe parley.&lt;room&gt;.data.*
 *   parley.&lt;room&gt;.dm.&lt;to&gt;.&lt;from&gt;       publish dm.*.&lt;sid&gt;, subscribe dm.&lt;sid&gt;.*
 *   parley.&lt;room&gt;.private.&lt;sid&gt;        Parley to this session only (subscribe only)
 *   parley.&lt;room&gt;.renew.&lt;sid&gt;          renewal requests (publish only)
 *   parley.inbox.&lt;sid&gt;.&gt;              this session's reply inbox (never _INBOX.&gt;)
 * </pre>
 * The sender's sid is part of every subject it may write, so NATS itself authenticates who wrote
 * a chat, data or direct message. Room names ({@code [A-Za-z0-9_-]{1,128}}) and sids
 * ({@code PA_} + letters and digits) contain no '.', '*', '&gt;' or white space, so a subject token
 * can never be widened into a wildcard or split into two tokens.
 */
public final class NatsSubjects {

    /** The first token of every Parley subject. */
    public static final String ROOT = "parley";
    /** Every renewal request subject of every room (Parley's queue subscription). */
    public static final String RENEW_WILDCARD = ROOT + ".*.renew.*";
    /** The first two tokens of every session inbox. */
    public static final String INBOX_ROOT = ROOT + ".inbox";

    /** Subject names a participant receives in its credential. */
    public static final String EVENTS = "events";
    public static final String CHAT_PUBLISH = "chatPublish";
    public static final String CHAT_SUBSCRIBE = "chatSubscribe";
    public static final String DATA_PUBLISH = "dataPublish";
    public static final String DATA_SUBSCRIBE = "dataSubscribe";
    public static final String DIRECT_PUBLISH_PATTERN = "directPublishPattern";
    public static final String DIRECT_SUBSCRIBE = "directSubscribe";
    public static final String PRIVATE = "private";
    public static final String RENEW = "renew";

    private static final int MAX_SID_LENGTH = 64;

    private final String room;
    private final String sid;

    private NatsSubjects(String room, String sid) {
        this.room = room;
        this.sid = sid;
    }

    /** The subjects of session {@code sid} in {@code room}; refuses a sid that is not a subject-safe session id. */
    public static NatsSubjects of(RoomName room, String sid) {
        Objects.requireNonNull(room, "room");
        if (!isValidSid(sid)) {
            throw new IllegalArgumentException("not a participant session id");
        }
        return new NatsSubjects(room.value(), sid);
    }

    /** True for {@code PA_} followed by 1 to 64 ASCII letters or digits. */
    public static boolean isValidSid(String sid) {
        if (sid == null || sid.length() < 4 || sid.length() > 3 + MAX_SID_LENGTH || !sid.startsWith("PA_")) {
            return false;
        }
        for (int i = 3; i < sid.length(); i++) {
            char c = sid.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    /** Room events (Parley writes, every participant of the room reads). */
    public static String events(RoomName room) {
        return ROOT + "." + room.value() + ".events";
    }

    /**
     * The session a renewal request subject names, or empty when {@code subject} is not exactly
     * {@code parley.<room>.renew.<sid>} with a valid room name and sid.
     */
    public static Optional<NatsSubjects> parseRenewSubject(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        String[] t = subject.split("\\.", -1);
        if (t.length != 4 || !ROOT.equals(t[0]) || !"renew".equals(t[2]) || !isValidRoomName(t[1]) || !isValidSid(t[3])) {
            return Optional.empty();
        }
        return Optional.of(new NatsSubjects(t[1], t[3]));
    }

    private static boolean isValidRoomName(String s) {
        if (s.isEmpty() || s.length() > RoomName.MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    public RoomName room() {
        return RoomName.of(room);
    }

    public String sid() {
        return sid;
    }

    public String events() {
        return prefix() + "events";
    }

    public String chatPublish() {
        return prefix() + "chat." + sid;
    }

    public String chatSubscribe() {
        return prefix() + "chat.*";
    }

    public String dataPublish() {
        return prefix() + "data." + sid;
    }

    public String dataSubscribe() {
        return prefix() + "data.*";
    }

    /** The pattern this session may write direct messages to: {@code dm.<any recipient>.<own sid>}. */
    public String directPublishPattern() {
        return prefix() + "dm.*." + sid;
    }

    /** The concrete subject of a direct message from this session to {@code recipientSid}. */
    public String directTo(String recipientSid) {
        if (!isValidSid(recipientSid)) {
            throw new IllegalArgumentException("not a participant session id");
        }
        return prefix() + "dm." + recipientSid + "." + sid;
    }

    public String directSubscribe() {
        return prefix() + "dm." + sid + ".*";
    }

    public String privateSubject() {
        return prefix() + "private." + sid;
    }

    public String renew() {
        return prefix() + "renew." + sid;
    }

    /** The prefix of this session's reply inboxes (the client's inbox prefix). */
    public String inboxPrefix() {
        return INBOX_ROOT + "." + sid;
    }

    /** Everything under this session's inbox prefix. */
    public String inboxSubscribe() {
        return inboxPrefix() + ".>";
    }

    /** True when {@code subject} is a reply inbox of this session ({@code parley.inbox.<sid>.} and more). */
    public boolean isOwnInbox(String subject) {
        String p = inboxPrefix() + ".";
        return subject != null && subject.length() > p.length() && subject.startsWith(p)
                && subject.indexOf('*') < 0 && subject.indexOf('>') < 0 && subject.indexOf(' ') < 0;
    }

    /** The subjects {@code access} lets this session write (empty list: nothing). */
    public List<String> publishAllow(MessagingAccess access) {
        List<String> out = new ArrayList<>();
        for (Channel c : Channel.values()) {
            if (access.allows(c, Direction.PUBLISH)) {
                switch (c) {
                    case CHAT -> out.add(chatPublish());
                    case DATA -> out.add(dataPublish());
                    case DIRECT -> out.add(directPublishPattern());
                    case RENEWAL -> out.add(renew());
                    default -> throw new IllegalStateException("participants never publish to " + c);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The subjects {@code access} lets this session read (empty list: nothing). */
    public List<String> subscribeAllow(MessagingAccess access) {
        List<String> out = new ArrayList<>();
        for (Channel c : Channel.values()) {
            if (access.allows(c, Direction.SUBSCRIBE)) {
                switch (c) {
                    case ROOM_EVENTS -> out.add(events());
                    case CHAT -> out.add(chatSubscribe());
                    case DATA -> out.add(dataSubscribe());
                    case DIRECT -> out.add(directSubscribe());
                    case PRIVATE -> out.add(privateSubject());
                    case INBOX -> out.add(inboxSubscribe());
                    default -> throw new IllegalStateException("participants never subscribe to " + c);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The subject names handed to the client, only for what {@code access} allows. */
    public Map<String, String> names(MessagingAccess access) {
        Map<String, String> m = new LinkedHashMap<>();
        if (access.allows(Channel.ROOM_EVENTS, Direction.SUBSCRIBE)) {
            m.put(EVENTS, events());
        }
        if (access.allows(Channel.CHAT, Direction.PUBLISH)) {
            m.put(CHAT_PUBLISH, chatPublish());
        }
        if (access.allows(Channel.CHAT, Direction.SUBSCRIBE)) {
            m.put(CHAT_SUBSCRIBE, chatSubscribe());
        }
        if (access.allows(Channel.DATA, Direction.PUBLISH)) {
            m.put(DATA_PUBLISH, dataPublish());
        }
        if (access.allows(Channel.DATA, Direction.SUBSCRIBE)) {
            m.put(DATA_SUBSCRIBE, dataSubscribe());
        }
        if (access.allows(Channel.DIRECT, Direction.PUBLISH)) {
            m.put(DIRECT_PUBLISH_PATTERN, directPublishPattern());
        }
        if (access.allows(Channel.DIRECT, Direction.SUBSCRIBE)) {
            m.put(DIRECT_SUBSCRIBE, directSubscribe());
        }
        if (access.allows(Channel.PRIVATE, Direction.SUBSCRIBE)) {
            m.put(PRIVATE, privateSubject());
        }
        if (access.allows(Channel.RENEWAL, Direction.PUBLISH)) {
            m.put(RENEW, renew());
        }
        return m;
    }

    private String prefix() {
        return ROOT + "." + room + ".";
    }

    @Override
    public String toString() {
        return "NatsSubjects[" + room + ", " + sid + "]";
    }
}
