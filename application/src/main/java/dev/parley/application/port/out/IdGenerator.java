package dev.parley.application.port.out;

/** Creates unguessable server ids for rooms and participant sessions. */
public interface IdGenerator {

    /** A new room id, LiveKit style ({@code RM_...}). */
    String newRoomSid();

    /** A new participant session id, LiveKit style ({@code PA_...}). */
    String newParticipantSid();
}
