package dev.parley.domain.grant;

/** Administrative operations on one room's participants and state; each needs roomAdmin for that room. */
public enum AdminOperation {
    LIST_PARTICIPANTS,
    GET_PARTICIPANT,
    REMOVE_PARTICIPANT,
    MUTE_PUBLISHED_TRACK,
    UPDATE_PARTICIPANT,
    UPDATE_SUBSCRIPTIONS,
    SEND_DATA,
    UPDATE_ROOM_METADATA,
    END_ROOM,
    MINT_TOKEN
}
