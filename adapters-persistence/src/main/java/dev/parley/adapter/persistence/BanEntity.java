package dev.parley.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Row of {@code ban}: an identity banned from a room. */
@Entity(name = "BanEntity")
@Table(name = "ban")
@IdClass(BanEntity.Key.class)
class BanEntity {

    @Id
    @Column(name = "room_name", length = 128, nullable = false, updatable = false)
    String roomName;

    @Id
    @Column(name = "banned_identity", length = 1024, nullable = false, updatable = false)
    String identity;

    @Column(name = "banned_at", nullable = false, updatable = false)
    Instant bannedAt;

    protected BanEntity() {
    }

    BanEntity(String roomName, String identity, Instant bannedAt) {
        this.roomName = roomName;
        this.identity = identity;
        this.bannedAt = bannedAt;
    }

    /** The composite primary key (room, identity). */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        String roomName;
        String identity;

        public Key() {
        }

        Key(String roomName, String identity) {
            this.roomName = roomName;
            this.identity = identity;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(roomName, k.roomName) && Objects.equals(identity, k.identity);
        }

        @Override
        public int hashCode() {
            return Objects.hash(roomName, identity);
        }
    }
}
