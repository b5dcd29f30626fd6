package dev.parley.application.feature;

import dev.parley.application.Caller;
import dev.parley.domain.room.Feature;
import dev.parley.domain.room.RoomName;

/**
 * In-port: start a server-side feature that reads content (recording, transcription, summaries,
 * payload-parsing layer switching) in a room. Needs roomRecord for the room. Under any
 * end-to-end key policy it is refused with {@code feature_unavailable_e2ee}: Parley cannot read
 * the content and does not pretend to.
 */
public interface StartServerFeatureUseCase {

    /** @throws dev.parley.application.UseCaseException with the specific reason */
    void startFeature(Caller caller, RoomName room, Feature feature);
}
