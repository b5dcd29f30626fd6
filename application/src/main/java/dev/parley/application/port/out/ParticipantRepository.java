package dev.parley.application.port.out;

import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.Participant;
import dev.parley.domain.participant.Roster;
import dev.parley.domain.room.RoomName;

/** Stores who is in which room. */
public interface ParticipantRepository {

    /** The room's roster (empty when nobody is there or the room is unknown). */
    Roster rosterOf(RoomName room);

    /** Adds or replaces the participant with the same identity in {@code room}. */
    void put(RoomName room, Participant participant);

    /** Removes {@code identity} from {@code room}; false when it was not there. */
    boolean remove(RoomName room, Identity identity);

    /** Removes everybody from {@code room}. */
    void removeAll(RoomName room);
}
