package dev.parley.application.roomkey.port;

import dev.parley.application.token.port.SealedSecret;
import dev.parley.domain.key.KeyEpoch;
import dev.parley.domain.key.RotationReason;
import java.time.Instant;
import java.util.Objects;

/**
 * One sealed room key epoch as stored. The key is sealed for the context
 * {@code room-key/<roomSid>/<epoch>}, so a row copied to another room or epoch does not unseal.
 *
 * @param roomSid   the room's server id (a room name can be reused after the room ended; the sid cannot)
 * @param epoch     the epoch
 * @param sealed    the sealed 32-byte key
 * @param reason    why the epoch began
 * @param createdAt when it began
 */
public record StoredRoomKey(String roomSid, KeyEpoch epoch, SealedSecret sealed, RotationReason reason, Instant createdAt) {
    public StoredRoomKey {
        Objects.requireNonNull(roomSid, "roomSid");
        Objects.requireNonNull(epoch, "epoch");
        Objects.requireNonNull(sealed, "sealed");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The sealing context of a room key epoch. */
    public static String sealingContext(String roomSid, KeyEpoch epoch) {
        return "room-key/" + roomSid + "/" + epoch.number();
    }
}
