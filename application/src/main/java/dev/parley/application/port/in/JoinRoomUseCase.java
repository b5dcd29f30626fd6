package dev.parley.application.port.in;

/**
 * Admits a verified participant to a room: checks the grant (roomJoin for that room), the room
 * (exists or may be auto-created, not ended), bans, duplicate identity and the participant limit.
 */
public interface JoinRoomUseCase {

    /** The admitted session; fails with a specific code otherwise. */
    JoinResult joinRoom(JoinRoomCommand command);
}
