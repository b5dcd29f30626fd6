package dev.parley.application.auth.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.auth.NonceRegistry;
import dev.parley.application.auth.NonceRegistry.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link NonceRegistry}: first use accepted, reuse refused until the entry
 * expires, keys kept apart, one winner among concurrent first uses, and FULL rather than
 * forgetting a live nonce. Implementations extend this class.
 */
public abstract class NonceRegistryContractTest {

    protected static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final String NONCE = "nonce-0123456789abcdef";

    /** A new, empty registry. */
    protected abstract NonceRegistry newRegistry();

    /** A new, empty registry that holds at most {@code capacity} live nonces. */
    protected abstract NonceRegistry newRegistry(int capacity);

    private NonceRegistry registry;

    @BeforeEach
    void setUpRegistry() {
        registry = newRegistry();
    }

    @Test
    void theFirstUseOfANonceIsAccepted() {
        assertThat(registry.register("APIkey", NONCE, T0.plusSeconds(601), T0)).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void aNonceUsedAgainBeforeItExpiresIsReused() {
        registry.register("APIkey", NONCE, T0.plusSeconds(601), T0);
        assertThat(registry.register("APIkey", NONCE, T0.plusSeconds(700), T0.plusSeconds(600)))
                .isEqualTo(Outcome.REUSED);
    }

    @Test
    void aNonceMayBeUsedAgainOnceItsEntryExpired_expiryIsExclusive() {
        registry.register("APIkey", NONCE, T0.plusSeconds(601), T0);
        assertThat(registry.register("APIkey", NONCE, T0.plusSeconds(1202), T0.plusSeconds(601)))
                .isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void nonceOfOneKeyDoesNotClashWithAnotherKey() {
        registry.register("APIkey", NONCE, T0.plusSeconds(601), T0);
        assertThat(registry.register("APIother", NONCE, T0.plusSeconds(601), T0)).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void noncesAreCaseSensitive() {
        registry.register("APIkey", NONCE, T0.plusSeconds(601), T0);
        assertThat(registry.register("APIkey", NONCE.toUpperCase(java.util.Locale.ROOT), T0.plusSeconds(601), T0))
                .isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void aFullRegistryAnswersFullAndStillRemembersWhatItHolds() {
        NonceRegistry small = newRegistry(2);
        small.register("APIkey", "nonce-a-0123456789", T0.plusSeconds(601), T0);
        small.register("APIkey", "nonce-b-0123456789", T0.plusSeconds(601), T0);

        assertThat(small.register("APIkey", "nonce-c-0123456789", T0.plusSeconds(601), T0)).isEqualTo(Outcome.FULL);
        assertThat(small.register("APIkey", "nonce-a-0123456789", T0.plusSeconds(601), T0)).isEqualTo(Outcome.REUSED);
    }

    @Test
    void expiredEntriesMakeRoomInAFullRegistry() {
        NonceRegistry small = newRegistry(1);
        small.register("APIkey", "nonce-a-0123456789", T0.plusSeconds(10), T0);

        assertThat(small.register("APIkey", "nonce-b-0123456789", T0.plusSeconds(700), T0.plusSeconds(10)))
                .isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void ofConcurrentFirstUsesExactlyOneIsAccepted() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Outcome>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Outcome> task = () -> {
                    start.await();
                    return registry.register("APIkey", NONCE, T0.plusSeconds(601), T0);
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            int accepted = 0;
            for (Future<Outcome> f : results) {
                Outcome o = f.get(10, TimeUnit.SECONDS);
                assertThat(o).isIn(Outcome.ACCEPTED, Outcome.REUSED);
                accepted += o == Outcome.ACCEPTED ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
