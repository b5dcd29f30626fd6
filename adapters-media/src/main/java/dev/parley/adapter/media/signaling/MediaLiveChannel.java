package dev.parley.adapter.media.signaling;

import dev.parley.application.session.port.LiveChannel;
import dev.parley.domain.participant.Participant;
import dev.parley.domain.room.RoomName;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The SFU as one of a session's live channels: when a participant is removed, banned or its room
 * ends, its signaling connections close and its media stop before the call returns. A change of
 * grants also ends the media session: the client reconnects with the refreshed token it received
 * on its private messaging subject, and the new grants apply from its new join (the SFU never
 * keeps forwarding under grants the participant no longer holds).
 */
public final class MediaLiveChannel implements LiveChannel {

    private final Supplier<Optional<SignalingService>> signaling;

    /** {@code signaling}: the running signaling service, empty while media is disabled (nothing to end then). */
    public MediaLiveChannel(Supplier<Optional<SignalingService>> signaling) {
        this.signaling = Objects.requireNonNull(signaling, "signaling");
    }

    @Override
    public void endSession(RoomName room, Participant participant, String reason) {
        signaling.get().ifPresent(s -> s.endSessions(room.value(), participant.identity().value(), reason));
    }

    @Override
    public void grantsChanged(RoomName room, Participant updated) {
        signaling.get().ifPresent(s -> s.endSessions(room.value(), updated.identity().value(), "permissions_changed"));
    }
}
