package dev.parley.adapter.persistence;

import dev.parley.application.roomkey.port.StoredRoomKey;
import dev.parley.application.token.port.SealedSecret;
import dev.parley.domain.key.KeyEpoch;
import dev.parley.domain.key.RotationReason;

/**
 * Room key epoch to row and back, every field. The sealed key travels as base64 (standard
 * alphabet, padded), exactly as the sealer produced it, and is never unsealed here. Errors name
 * the field, never a value.
 */
final class RoomKeyMapper {

    /** Longest room sid the column holds (as {@code room.sid}). */
    static final int MAX_ROOM_SID_CHARS = 255;

    /** Longest sealed key the column holds, in base64 characters (1536 bytes of blob). */
    static final int MAX_SEALED_CHARS = 2048;

    private RoomKeyMapper() {
    }

    /** The row for a new epoch; refuses a sid or blob the columns cannot hold. */
    static RoomKeyEntity toNewEntity(StoredRoomKey key) {
        RoomKeyEntity e = new RoomKeyEntity();
        e.roomSid = Columns.text(key.roomSid(), MAX_ROOM_SID_CHARS, "room key room sid");
        e.epoch = key.epoch().number();
        e.keyIndex = key.epoch().keyIndex();
        e.sealed = Columns.text(key.sealed().toBase64(), MAX_SEALED_CHARS, "room key sealed key");
        e.reason = key.reason().name();
        e.createdAt = Columns.instant(key.createdAt());
        return e;
    }

    /** Whether {@code roomSid} could have been stored: a sid that could not is never looked up. */
    static boolean isStorableSid(String roomSid) {
        try {
            Columns.text(roomSid, MAX_ROOM_SID_CHARS, "room key room sid");
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static StoredRoomKey toDomain(RoomKeyEntity e) {
        if (e.epoch == null || e.epoch < 0) {
            throw new IllegalStateException("stored room key epoch is negative");
        }
        KeyEpoch epoch = new KeyEpoch(e.epoch);
        if (epoch.keyIndex() != e.keyIndex) {
            throw new IllegalStateException("stored room key index does not match its epoch");
        }
        return new StoredRoomKey(e.roomSid, epoch,
                new SealedSecret(Base64Column.decode(e.sealed, "stored room key sealed key")),
                reason(e.reason), e.createdAt);
    }

    private static RotationReason reason(String column) {
        try {
            return RotationReason.valueOf(column);
        } catch (IllegalArgumentException e) {
            // not chained: valueOf's message quotes the stored value
            throw new IllegalStateException("stored room key reason holds an unknown value");
        }
    }
}
