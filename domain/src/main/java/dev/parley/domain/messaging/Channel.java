package dev.parley.domain.messaging;

/**
 * A messaging channel of a room as seen by one participant session. Channels that carry a sender
 * or recipient are bound to the session, so the messaging server itself authenticates who wrote
 * and who may read (a sender cannot be forged by the client, unlike Plug-N-Meet's chat).
 */
public enum Channel {
    /** Room events written by Parley only: joined, left, updated, metadata, ending, key rotated. */
    ROOM_EVENTS,
    /** Room chat: everyone reads; a participant writes only under its own session. */
    CHAT,
    /** Opaque data packets (may be end-to-end encrypted): same rule as chat. */
    DATA,
    /** Direct messages: written under the sender's own session, read only by the recipient. */
    DIRECT,
    /** Parley to this session only (room keys, refreshed credentials, removal notice). */
    PRIVATE,
    /** This session's token renewal requests (request/reply to Parley). */
    RENEWAL,
    /** Replies addressed to this session only (its own inbox prefix, never a shared one). */
    INBOX
}
