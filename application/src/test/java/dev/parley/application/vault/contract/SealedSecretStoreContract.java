package dev.parley.application.vault.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.token.port.SealedSecret;
import dev.parley.application.vault.SealedSecretStore;
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
 * The contract of {@link SealedSecretStore}. An adapter extends this class and returns a fresh,
 * empty store from {@link #newStore()}; the store it returns must be usable from several threads
 * at once (each call its own transaction, for a database), as the race test calls it concurrently.
 */
public abstract class SealedSecretStoreContract {

    /** A new, empty store. */
    protected abstract SealedSecretStore newStore();

    private SealedSecretStore store;

    @BeforeEach
    void setUpStore() {
        store = newStore();
    }

    /** Every byte value 0..255, {@code length} bytes: what a sealer's output may contain. */
    protected static byte[] everyByte(int length) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) i;
        }
        return b;
    }

    private static SealedSecret sealed(int marker) {
        return new SealedSecret(new byte[] {(byte) marker, 42, (byte) 0xff, 0});
    }

    @Test
    void anEmptyStoreFindsNothing() {
        assertThat(store.find("messaging/operator")).isEmpty();
    }

    @Test
    void anAddedSecretIsFoundWithItsBytesExactlyAsGiven() {
        byte[] blob = everyByte(512);

        assertThat(store.addIfAbsent("messaging/operator", new SealedSecret(blob))).isTrue();

        SealedSecret found = store.find("messaging/operator").orElseThrow();
        assertThat(found.blob()).isEqualTo(blob);
        assertThat(found).isEqualTo(new SealedSecret(blob));
    }

    @Test
    void aTakenNameIsRefusedAndTheOriginalSecretIsKept() {
        assertThat(store.addIfAbsent("messaging/account", sealed(1))).isTrue();

        assertThat(store.addIfAbsent("messaging/account", sealed(2))).isFalse();
        assertThat(store.addIfAbsent("messaging/account", sealed(1))).as("even the same bytes again").isFalse();

        assertThat(store.find("messaging/account")).contains(sealed(1));
    }

    @Test
    void namesAreExactAndIndependent() {
        store.addIfAbsent("messaging/operator", sealed(1));
        store.addIfAbsent("messaging/account", sealed(2));

        assertThat(store.find("messaging/operator")).contains(sealed(1));
        assertThat(store.find("messaging/account")).contains(sealed(2));
        assertThat(store.find("Messaging/Operator")).as("names are case-sensitive").isEmpty();
        assertThat(store.find("messaging/operator ")).as("no trimming").isEmpty();
        assertThat(store.find("messaging")).as("no prefix match").isEmpty();
    }

    @Test
    void concurrentAddsOfOneNameHaveExactlyOneWinnerAndItsSecretStays() throws Exception {
        int contenders = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < contenders; i++) {
                SealedSecret mine = sealed(i);
                Callable<Boolean> task = () -> {
                    start.await();
                    return store.addIfAbsent("race", mine);
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            List<Integer> winners = new ArrayList<>();
            for (int i = 0; i < contenders; i++) {
                if (results.get(i).get(30, TimeUnit.SECONDS)) {
                    winners.add(i);
                }
            }

            assertThat(winners).hasSize(1);
            assertThat(store.find("race")).contains(sealed(winners.get(0)));
        } finally {
            pool.shutdownNow();
        }
    }
}
