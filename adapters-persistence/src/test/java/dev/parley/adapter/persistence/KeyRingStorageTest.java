package dev.parley.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.token.key.KeyState;
import dev.parley.application.token.key.TokenAlgorithm;
import dev.parley.application.token.port.KeyRingStore;
import dev.parley.application.token.port.SealedSecret;
import dev.parley.application.token.port.StoredKey;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the key ring contract does not spell out but the adapter promises: sealed secrets stored
 * byte for byte as given, one winner among concurrent adds, a revocation that nothing undoes,
 * refusals that name the field and never quote the value, and an order independent of collation.
 */
class KeyRingStorageTest {

    static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    abstract static class Cases {

        TestDatabase db;

        abstract TestDatabase database();

        @BeforeEach
        void emptyDatabase() {
            db = database().reset();
        }

        <T> T tx(Function<EntityManager, T> work) {
            return db.inTransaction(work);
        }

        Optional<StoredKey> find(String id) {
            return tx(em -> new JpaKeyRingStore(em).find(id));
        }

        boolean add(StoredKey key) {
            return tx(em -> new JpaKeyRingStore(em).add(key));
        }

        boolean updateState(String id, KeyState state) {
            return tx(em -> new JpaKeyRingStore(em).updateState(id, state));
        }

        List<StoredKey> listed() {
            return tx(em -> new JpaKeyRingStore(em).list());
        }

        static StoredKey hmac(String id, byte[] sealed, Instant created) {
            return new StoredKey(id, TokenAlgorithm.HS256, null, Optional.of(new SealedSecret(sealed)), created, KeyState.ACTIVE);
        }

        static StoredKey ed(String id, byte[] publicKey, Optional<SealedSecret> sealed) {
            return new StoredKey(id, TokenAlgorithm.EDDSA, publicKey, sealed, T0, KeyState.VERIFY_ONLY);
        }

        static byte[] everyByte(int length) {
            byte[] b = new byte[length];
            for (int i = 0; i < length; i++) {
                b[i] = (byte) i;
            }
            return b;
        }

        String column(String sql, String id) {
            try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    return rs.getString(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Test
        void theSealedSecretIsStoredExactlyAsGivenAndComesBackByteForByte() {
            byte[] blob = everyByte(256);
            byte[] publicKey = new byte[32];
            for (int i = 0; i < 32; i++) {
                publicKey[i] = (byte) (255 - i * 7);
            }
            StoredKey h = hmac("APIhmac", blob, T0);
            StoredKey e = ed("APIed", publicKey, Optional.of(new SealedSecret(new byte[] {(byte) 0xff, 0, 1})));
            tx(em -> new JpaKeyRingStore(em).add(h) && new JpaKeyRingStore(em).add(e));

            assertThat(column("SELECT sealed_secret FROM api_key WHERE key_id = ?", "APIhmac"))
                    .isEqualTo(Base64.getEncoder().encodeToString(blob));
            assertThat(column("SELECT public_key FROM api_key WHERE key_id = ?", "APIhmac")).isEmpty();
            assertThat(column("SELECT public_key FROM api_key WHERE key_id = ?", "APIed"))
                    .isEqualTo(Base64.getEncoder().encodeToString(publicKey));
            StoredKey found = find("APIhmac").orElseThrow();
            assertThat(found).isEqualTo(h);
            assertThat(found.sealedSecret().orElseThrow().blob()).isEqualTo(blob);
            assertThat(find("APIed")).contains(e);
        }

        @Test
        void theLargestSealedSecretFitsAndALargerOneIsRefusedNamingTheFieldOnly() {
            byte[] largest = everyByte(ApiKeyMapper.MAX_SEALED_SECRET_CHARS / 4 * 3);
            StoredKey fits = hmac("APIbig", largest, T0);
            StoredKey tooBig = hmac("APItoobig", everyByte(largest.length + 1), T0);

            assertThat(add(fits)).isTrue();
            assertThat(find("APIbig")).contains(fits);
            String base64 = tooBig.sealedSecret().orElseThrow().toBase64();
            assertThatThrownBy(() -> tx(em -> new JpaKeyRingStore(em).add(tooBig)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("api key sealed secret is longer than " + ApiKeyMapper.MAX_SEALED_SECRET_CHARS)
                    .hasMessageNotContaining(base64.substring(0, 16));
            assertThat(find("APItoobig")).isEmpty();
        }

        @Test
        void concurrentAddsOfOneIdHaveExactlyOneWinner() throws Exception {
            KeyRingStore store = db.transactional(KeyRingStore.class, JpaKeyRingStore::new);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<StoredKey> candidates = new ArrayList<>();
            List<Future<Boolean>> results;
            try {
                List<Callable<Boolean>> tasks = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    StoredKey k = hmac("APIrace", new byte[] {(byte) i}, T0.plusSeconds(i));
                    candidates.add(k);
                    tasks.add(() -> store.add(k));
                }
                results = pool.invokeAll(tasks);
            } finally {
                pool.shutdownNow();
            }

            List<StoredKey> winners = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i).get()) {
                    winners.add(candidates.get(i));
                }
            }
            assertThat(winners).hasSize(1);
            assertThat(store.list()).containsExactly(winners.get(0));
        }

        @Test
        void aLostAddLeavesTheCallersTransactionUsable() {
            tx(em -> new JpaKeyRingStore(em).add(hmac("APIone", new byte[] {1}, T0)));

            boolean[] added = tx(em -> {
                JpaKeyRingStore store = new JpaKeyRingStore(em);
                return new boolean[] {store.add(hmac("APIone", new byte[] {2}, T0)), store.add(hmac("APItwo", new byte[] {3}, T0))};
            });

            assertThat(added).containsExactly(false, true);
            assertThat(listed()).extracting(StoredKey::id).containsExactly("APIone", "APItwo");
        }

        @Test
        void aRevokedKeyStaysRevoked() {
            tx(em -> new JpaKeyRingStore(em).add(hmac("APIone", new byte[] {1}, T0)));
            tx(em -> new JpaKeyRingStore(em).updateState("APIone", KeyState.REVOKED));

            for (KeyState other : List.of(KeyState.ACTIVE, KeyState.VERIFY_ONLY)) {
                assertThatThrownBy(() -> tx(em -> new JpaKeyRingStore(em).updateState("APIone", other)))
                        .isInstanceOf(IllegalStateException.class).hasMessageContaining("REVOKED");
            }
            assertThat(updateState("APIone", KeyState.REVOKED)).isTrue();
            assertThat(find("APIone").orElseThrow().state()).isEqualTo(KeyState.REVOKED);
        }

        @Test
        void aStateChangeMadeFromAStaleReadCannotUndoARevocation() {
            tx(em -> new JpaKeyRingStore(em).add(hmac("APIone", new byte[] {1}, T0)));
            EntityManager revoker = db.emf().createEntityManager();
            EntityManager rotator = db.emf().createEntityManager();
            try {
                revoker.getTransaction().begin();
                rotator.getTransaction().begin();
                // both read the key first, as KeyRingService.changeState and rotate do
                assertThat(new JpaKeyRingStore(revoker).find("APIone").orElseThrow().state()).isEqualTo(KeyState.ACTIVE);
                assertThat(new JpaKeyRingStore(rotator).find("APIone").orElseThrow().state()).isEqualTo(KeyState.ACTIVE);

                new JpaKeyRingStore(revoker).updateState("APIone", KeyState.REVOKED);
                revoker.getTransaction().commit();

                assertThatThrownBy(() -> new JpaKeyRingStore(rotator).updateState("APIone", KeyState.VERIFY_ONLY))
                        .isInstanceOf(OptimisticLockException.class);
            } finally {
                if (rotator.getTransaction().isActive()) {
                    rotator.getTransaction().rollback();
                }
                revoker.close();
                rotator.close();
            }
            assertThat(find("APIone").orElseThrow().state()).isEqualTo(KeyState.REVOKED);
        }

        @Test
        void idsOutsideTheKeyIdGrammarAreNeverLookedUp() {
            tx(em -> new JpaKeyRingStore(em).add(hmac("APIone", new byte[] {1}, T0)));

            tx(em -> {
                JpaKeyRingStore store = new JpaKeyRingStore(em);
                for (String id : new String[] {null, "", "APIone'--", "APIone ", "APIone\u0000", "A".repeat(65), "\uD800"}) {
                    assertThat(store.find(id)).as(String.valueOf(id)).isEmpty();
                    assertThat(store.updateState(id, KeyState.REVOKED)).isFalse();
                }
                return null;
            });
            assertThat(find("APIone").orElseThrow().state()).isEqualTo(KeyState.ACTIVE);
        }

        @Test
        void theCreationTimeIsKeptToTheMicrosecond() {
            tx(em -> new JpaKeyRingStore(em).add(hmac("APIone", new byte[] {1}, Instant.parse("2026-05-05T05:05:05.123456789Z"))));

            assertThat(find("APIone").orElseThrow().created())
                    .isEqualTo(Instant.parse("2026-05-05T05:05:05.123456Z"));
        }

        @Test
        void keysCreatedAtTheSameTimeAreInIdOrderWhateverTheDatabaseCollation() {
            List<String> ids = List.of("b", "B", "a", "A", "_x", "-x", "a-b", "a_b", "ab", "Z9", "0");
            tx(em -> ids.stream().allMatch(id -> new JpaKeyRingStore(em).add(hmac(id, new byte[] {1}, T0))));
            tx(em -> new JpaKeyRingStore(em).add(hmac("older", new byte[] {1}, T0.minusNanos(1000))));

            List<String> listed = listed().stream().map(StoredKey::id).toList();

            List<String> expected = new ArrayList<>(ids);
            expected.sort(String::compareTo);
            expected.add(0, "older");
            assertThat(listed).containsExactlyElementsOf(expected);
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
