package dev.parley.adapter.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.auth.NonceRegistry;
import dev.parley.application.auth.NonceRegistry.Outcome;
import dev.parley.application.auth.contract.NonceRegistryContractTest;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The nonce registry contract on the run-time implementation, and its bound. */
class BoundedNonceRegistryTest extends NonceRegistryContractTest {

    @Override
    protected NonceRegistry newRegistry() {
        return new BoundedNonceRegistry();
    }

    @Override
    protected NonceRegistry newRegistry(int capacity) {
        return new BoundedNonceRegistry(capacity);
    }

    @Test
    void expiredEntriesAreSweptAsTimeMovesOn() {
        BoundedNonceRegistry registry = new BoundedNonceRegistry(100);
        for (int i = 0; i < 50; i++) {
            registry.register("APIkey", "nonce-" + i + "-0123456789", T0.plusSeconds(600), T0);
        }
        assertThat(registry.size()).isEqualTo(50);
        registry.register("APIkey", "late-nonce-0123456789", T0.plusSeconds(1300), T0.plusSeconds(700));
        assertThat(registry.size()).isEqualTo(1);
    }

    @Test
    void aSteadyStreamKeepsOnlyTheLiveWindowAndNeverFillsUp() {
        int perSecond = 500;
        int lifetimeSeconds = 600;
        BoundedNonceRegistry registry = new BoundedNonceRegistry(perSecond * (lifetimeSeconds + 2));
        for (int second = 0; second < 2 * lifetimeSeconds; second++) {
            Instant now = T0.plusSeconds(second);
            for (int i = 0; i < perSecond; i++) {
                assertThat(registry.register("APIkey", "n-" + second + "-" + i, now.plusSeconds(lifetimeSeconds), now))
                        .isEqualTo(Outcome.ACCEPTED);
            }
        }
        // Only the last lifetime's nonces are held (the current second's bucket may still be in place).
        assertThat(registry.size()).isBetween(perSecond * lifetimeSeconds, perSecond * (lifetimeSeconds + 1));
        Instant end = T0.plusSeconds(2L * lifetimeSeconds - 1);
        assertThat(registry.register("APIkey", "n-" + (2 * lifetimeSeconds - 1) + "-7", end.plusSeconds(lifetimeSeconds), end))
                .as("a live nonce is still remembered").isEqualTo(Outcome.REUSED);
    }

    @Test
    void manyThreadsNeverPushItFarBeyondItsCapacity() throws Exception {
        int capacity = 1000;
        BoundedNonceRegistry registry = new BoundedNonceRegistry(capacity);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger accepted = new AtomicInteger();
        try {
            for (int t = 0; t < 8; t++) {
                int thread = t;
                pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        if (registry.register("APIkey", "n-" + thread + "-" + i + "-0123456789", T0.plusSeconds(600), T0)
                                == Outcome.ACCEPTED) {
                            accepted.incrementAndGet();
                        }
                    }
                });
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(accepted.get()).isBetween(capacity, capacity + 8);
        assertThat(registry.size()).isEqualTo(accepted.get());
    }

    @Test
    void aNonCapacityIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BoundedNonceRegistry(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
