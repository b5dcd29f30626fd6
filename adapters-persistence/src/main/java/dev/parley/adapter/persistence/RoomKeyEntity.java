package dev.parley.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Row of {@code room_key}: one sealed epoch of a room's key; written once, mapped by {@link RoomKeyMapper}. */
@Entity(name = "RoomKeyEntity")
@Table(name = "room_key")
@IdClass(RoomKeyEntity.Key.class)
class RoomKeyEntity {

    @Id
    @Column(name = "room_sid", length = RoomKeyMapper.MAX_ROOM_SID_CHARS, nullable = false, updatable = false)
    String roomSid;

    @Id
    @Column(name = "epoch", nullable = false, updatable = false)
    Long epoch;

    /** The epoch's client key-ring slot (epoch mod 256). */
    @Column(name = "key_index", nullable = false, updatable = false)
    int keyIndex;

    /** Base64 of the sealed key, exactly as the sealer produced it. */
    @Column(name = "sealed", length = RoomKeyMapper.MAX_SEALED_CHARS, nullable = false, updatable = false)
    String sealed;

    @Column(name = "reason", length = 32, nullable = false, updatable = false)
    String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    protected RoomKeyEntity() {
    }

    /** The composite primary key (room sid, epoch). */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        String roomSid;
        Long epoch;

        public Key() {
        }

        Key(String roomSid, long epoch) {
            this.roomSid = roomSid;
            this.epoch = epoch;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(roomSid, k.roomSid) && Objects.equals(epoch, k.epoch);
        }

        @Override
        public int hashCode() {
            return Objects.hash(roomSid, epoch);
        }
    }
}
