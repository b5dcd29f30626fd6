package dev.parley.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.roomkey.port.StoredRoomKey;
import dev.parley.application.token.key.KeyState;
import dev.parley.application.token.key.TokenAlgorithm;
import dev.parley.application.token.port.SealedSecret;
import dev.parley.application.token.port.StoredKey;
import dev.parley.domain.audit.AuditEvent;
import dev.parley.domain.audit.AuditOutcome;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.key.KeyEpoch;
import dev.parley.domain.key.RotationReason;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.Participant;
import dev.parley.domain.participant.ParticipantKind;
import dev.parley.domain.room.Room;
import dev.parley.domain.room.RoomName;
import dev.parley.domain.room.RoomPolicy;
import dev.parley.domain.trust.TrustLevel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With the shipped configuration, nothing Hibernate logs carries a bound parameter value: not
 * on success, not when a statement fails. (Hibernate logs values only at TRACE on
 * {@code org.hibernate.orm.jdbc.bind} and prints entity state at DEBUG on
 * {@code org.hibernate.internal.util.EntityPrinter}: production must not enable either.)
 */
class SqlValuesStayOutOfLogsTest {

    static final String SECRET = "s3cr3t-4f1c9e";
    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    static final byte[] SEALED = ("sealed:" + SECRET).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    static final String SEALED_BASE64 = java.util.Base64.getEncoder().encodeToString(SEALED);

    abstract static class Cases {

        private final List<LogRecord> records = new CopyOnWriteArrayList<>();
        private final Logger hibernate = Logger.getLogger("org.hibernate");
        private final Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        private Level previous;

        abstract TestDatabase database();

        @BeforeEach
        void captureHibernateLogs() {
            database().reset(); // boots the persistence unit before capturing
            previous = hibernate.getLevel();
            hibernate.setLevel(Level.INFO); // what an application server runs with
            capture.setLevel(Level.ALL);
            hibernate.addHandler(capture);
        }

        @AfterEach
        void stopCapturing() {
            hibernate.removeHandler(capture);
            hibernate.setLevel(previous);
        }

        @Test
        void noBoundValueIsLoggedOnSuccessOrOnFailure() {
            TestDatabase db = database();
            RoomName room = RoomName.of("logged");
            Participant p = new Participant(Identity.of("ann"), "PA_" + SECRET, SECRET, SECRET, Map.of("k", SECRET),
                    ParticipantKind.STANDARD, VideoGrant.join(room.value()), T0);
            db.inTransaction(em -> {
                JpaRoomRepository rooms = new JpaRoomRepository(em);
                rooms.add(Room.create(room, "RM_1", RoomPolicy.defaults(), SECRET, T0));
                rooms.add(Room.create(room, "RM_2", RoomPolicy.defaults(), SECRET, T0)); // the lost race
                new JpaParticipantRepository(em).put(room, p);
                new JpaAuditLog(em).record(new AuditEvent(T0, "room.create", AuditOutcome.ALLOWED, "", TrustLevel.SERVER,
                        "key", room.value(), Map.of("secret", SECRET)));
                JpaKeyRingStore keys = new JpaKeyRingStore(em);
                keys.add(key(SEALED));
                keys.add(key(SEALED)); // the lost race
                JpaRevocationList revocations = new JpaRevocationList(em);
                revocations.revokeTokenId(SECRET, T0.plusSeconds(60));
                revocations.revokeSubject(Identity.of(SECRET), SECRET, T0, T0.plusSeconds(60));
                revocations.isSubjectRevoked(Identity.of(SECRET), SECRET, T0, T0);
                JpaSealedSecretStore secrets = new JpaSealedSecretStore(em);
                secrets.addIfAbsent("logged/" + SECRET, new SealedSecret(SEALED));
                secrets.addIfAbsent("logged/" + SECRET, new SealedSecret(SEALED)); // the lost race
                secrets.find("logged/" + SECRET);
                JpaRoomKeyRepository roomKeys = new JpaRoomKeyRepository(em);
                StoredRoomKey roomKey = new StoredRoomKey("RM_" + SECRET, KeyEpoch.first(), new SealedSecret(SEALED),
                        RotationReason.INITIAL, T0);
                roomKeys.add(roomKey);
                roomKeys.add(roomKey); // the lost race
                roomKeys.current("RM_" + SECRET);
                roomKeys.deleteRoom("RM_" + SECRET);
                return rooms.find(room);
            });
            // a key update refused for a stale version (Hibernate reports the row it could not update)
            jakarta.persistence.EntityManager stale = db.emf().createEntityManager();
            try {
                stale.getTransaction().begin();
                new JpaKeyRingStore(stale).find("APIlogged").orElseThrow();
                db.inTransaction(em -> new JpaKeyRingStore(em).updateState("APIlogged", KeyState.VERIFY_ONLY));
                assertThatThrownBy(() -> new JpaKeyRingStore(stale).updateState("APIlogged", KeyState.REVOKED))
                        .isInstanceOf(jakarta.persistence.OptimisticLockException.class);
            } finally {
                if (stale.getTransaction().isActive()) {
                    stale.getTransaction().rollback();
                }
                stale.close();
            }
            // a statement the database refuses: the foreign key (no room "absent-room")
            assertThatThrownBy(() -> db.inTransaction(em -> {
                new JpaParticipantRepository(em).put(RoomName.of("absent-room"), p);
                return null;
            })).isInstanceOf(jakarta.persistence.PersistenceException.class);

            assertThat(records).as("the refused statement was logged (so the capture works)")
                    .anyMatch(r -> r.getLoggerName().startsWith("org.hibernate.engine.jdbc.spi.SqlExceptionHelper"));
            assertThat(records).extracting(Cases::render).noneMatch(line -> line.contains(SECRET))
                    .noneMatch(line -> line.contains(SEALED_BASE64.substring(0, 12)));
        }

        private static StoredKey key(byte[] sealed) {
            return new StoredKey("APIlogged", TokenAlgorithm.HS256, null, Optional.of(new SealedSecret(sealed)), T0, KeyState.ACTIVE);
        }

        private static String render(LogRecord r) {
            String message = String.valueOf(r.getMessage());
            if (r.getParameters() != null) {
                message = message + " " + java.util.Arrays.toString(r.getParameters());
            }
            return r.getLoggerName() + " " + message + (r.getThrown() == null ? "" : " " + r.getThrown());
        }
    }

    @Nested
    class OnH2 extends Cases {
        @Override
        TestDatabase database() {
            return TestDatabase.h2();
        }
    }

    @Nested
    @ExtendWith(PostgresExtension.class)
    class OnPostgres extends Cases {
        @Override
        TestDatabase database() {
            return TestDatabase.postgres();
        }
    }
}
