package dev.parley.application.token.fake;

import dev.parley.application.token.port.SealedSecret;
import dev.parley.application.token.port.SecretSealer;
import dev.parley.application.token.port.SecretSealingException;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link SecretSealer} that keeps plaintexts in memory and hands out numbered handles: enough
 * to test that the core seals, binds the context and never stores plaintext. Counts unseals.
 */
public final class FakeSecretSealer implements SecretSealer {

    private record Entry(String context, byte[] plaintext) {
    }

    private final ConcurrentHashMap<Long, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong next = new AtomicLong(1);
    private final AtomicLong unseals = new AtomicLong();

    @Override
    public SealedSecret seal(byte[] plaintext, String context) {
        Objects.requireNonNull(plaintext, "plaintext");
        Objects.requireNonNull(context, "context");
        long handle = next.getAndIncrement();
        entries.put(handle, new Entry(context, plaintext.clone()));
        return new SealedSecret(ByteBuffer.allocate(8).putLong(handle).array());
    }

    @Override
    public byte[] unseal(SealedSecret sealed, String context) {
        unseals.incrementAndGet();
        byte[] blob = sealed.blob();
        Entry e = blob.length == 8 ? entries.get(ByteBuffer.wrap(blob).getLong()) : null;
        if (e == null || !e.context.equals(context)) {
            throw new SecretSealingException("cannot unseal");
        }
        return e.plaintext.clone();
    }

    /** How many times {@link #unseal} was called. */
    public long unsealCount() {
        return unseals.get();
    }
}
