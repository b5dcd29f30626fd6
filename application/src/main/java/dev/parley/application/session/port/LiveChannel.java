package dev.parley.application.session.port;

import dev.parley.domain.participant.Participant;
import dev.parley.domain.room.RoomName;

/**
 * A channel other than messaging on which a participant session lives (the SFU's signaling and
 * media). Ending must take effect before the call returns (the connection is closed), because a
 * new room key is sent to the others right after a removal.
 */
public interface LiveChannel {

    /** Closes every connection of {@code participant}'s session in {@code room}. */
    void endSession(RoomName room, Participant participant, String reason);

    /** The participant's grants changed: drop what they no longer allow (tracks, subscriptions). */
    void grantsChanged(RoomName room, Participant updated);
}
