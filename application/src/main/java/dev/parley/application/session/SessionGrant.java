package dev.parley.application.session;

import dev.parley.application.messaging.MessagingCredential;
import dev.parley.application.messaging.PrivateMessage;
import dev.parley.domain.key.KeyPolicy;
import dev.parley.domain.participant.Participant;
import dev.parley.domain.room.Room;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a verified participant receives when its session starts (the answer to verifyToken).
 *
 * @param room            the room joined
 * @param participant     the new session (its sid, identity and effective grant)
 * @param others          the participants it may see (hidden ones left out)
 * @param messaging       its own messaging credential and subjects
 * @param keyPolicy       the room's end-to-end key policy
 * @param roomKey         the current room key, only under SERVER_MANAGED
 * @param renewalInterval how often the client must renew its token
 * @param tokenExpiresAt  when the presented token expires
 */
public record SessionGrant(Room room, Participant participant, List<Participant> others, MessagingCredential messaging,
        KeyPolicy keyPolicy, Optional<PrivateMessage.RoomKey> roomKey, Duration renewalInterval, Instant tokenExpiresAt) {
    public SessionGrant {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(participant, "participant");
        others = List.copyOf(others);
        Objects.requireNonNull(messaging, "messaging");
        Objects.requireNonNull(keyPolicy, "keyPolicy");
        Objects.requireNonNull(roomKey, "roomKey");
        Objects.requireNonNull(renewalInterval, "renewalInterval");
        Objects.requireNonNull(tokenExpiresAt, "tokenExpiresAt");
    }
}
