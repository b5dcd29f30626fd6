package dev.parley.domain.messaging;

import dev.parley.domain.grant.VideoGrant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The channels one participant session may write and read, derived from its video grant and
 * nothing else (least privilege).
 * <ul>
 *   <li>Everyone who may join reads room events, chat, data, its direct messages, its private
 *       channel and its inbox, and writes its renewal requests.</li>
 *   <li>Only {@code canPublishData} writes chat, data and direct messages.</li>
 *   <li>No participant ever writes room events or another session's private channel.</li>
 * </ul>
 *
 * @param publish   channels the session may write
 * @param subscribe channels the session may read
 */
public record MessagingAccess(Set<Channel> publish, Set<Channel> subscribe) {

    private static final Set<Channel> NEVER_PUBLISHED = EnumSet.of(Channel.ROOM_EVENTS, Channel.PRIVATE, Channel.INBOX);
    private static final Set<Channel> NEVER_SUBSCRIBED = EnumSet.of(Channel.RENEWAL);

    public MessagingAccess {
        publish = freeze(publish);
        subscribe = freeze(subscribe);
        for (Channel c : publish) {
            if (NEVER_PUBLISHED.contains(c)) {
                throw new IllegalArgumentException("participants never publish to " + c);
            }
        }
        for (Channel c : subscribe) {
            if (NEVER_SUBSCRIBED.contains(c)) {
                throw new IllegalArgumentException("participants never subscribe to " + c);
            }
        }
    }

    /** The access a session with {@code grant} gets; no access at all without roomJoin. */
    public static MessagingAccess of(VideoGrant grant) {
        Objects.requireNonNull(grant, "grant");
        if (!grant.roomJoin()) {
            return new MessagingAccess(Set.of(), Set.of());
        }
        EnumSet<Channel> pub = EnumSet.of(Channel.RENEWAL);
        if (grant.effectiveCanPublishData()) {
            pub.addAll(EnumSet.of(Channel.CHAT, Channel.DATA, Channel.DIRECT));
        }
        EnumSet<Channel> sub = EnumSet.of(Channel.ROOM_EVENTS, Channel.CHAT, Channel.DATA, Channel.DIRECT,
                Channel.PRIVATE, Channel.INBOX);
        return new MessagingAccess(pub, sub);
    }

    /** True when the session may use {@code channel} in {@code direction}. */
    public boolean allows(Channel channel, Direction direction) {
        return direction == Direction.PUBLISH ? publish.contains(channel) : subscribe.contains(channel);
    }

    private static Set<Channel> freeze(Set<Channel> channels) {
        return channels == null || channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
    }
}
