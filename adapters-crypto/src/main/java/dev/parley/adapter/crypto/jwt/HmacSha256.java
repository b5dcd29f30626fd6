package dev.parley.adapter.crypto.jwt;

import dev.parley.application.token.key.HmacSecret;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HS256 (RFC 7518 §3.2): HMAC-SHA-256 (RFC 2104) keyed with the API secret's bytes. Keeps one
 * initialised {@link Mac} per key and per thread: {@code Mac.getInstance} and {@code init} (which
 * hashes the key into the inner and outer pads, RFC 2104 §2) cost more than the MAC of a token,
 * and {@code doFinal} leaves a Mac ready for the next message under the same key.
 */
final class HmacSha256 {

    /** HMAC-SHA-256 output size (RFC 2104 §2, B = 64, L = 32). */
    static final int MAC_BYTES = 32;

    private static final class Entry {
        final HmacSecret secret;
        final ThreadLocal<Mac> mac;

        Entry(HmacSecret secret) {
            this.secret = secret;
            byte[] bytes = secret.secret();
            SecretKeySpec spec = new SecretKeySpec(bytes, "HmacSHA256");
            java.util.Arrays.fill(bytes, (byte) 0);
            this.mac = ThreadLocal.withInitial(() -> {
                try {
                    Mac m = Mac.getInstance("HmacSHA256");
                    m.init(spec);
                    return m;
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("HmacSHA256 unavailable", e);
                }
            });
        }
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    /** The MAC of {@code data[0, len)} under the key {@code keyId} holding {@code secret}. */
    byte[] mac(String keyId, HmacSecret secret, byte[] data, int len) {
        Mac mac = entry(keyId, secret).mac.get();
        mac.update(data, 0, len);
        return mac.doFinal();
    }

    /** True when {@code signature} is the MAC of {@code data[0, len)}, compared in constant time (RFC 7515 §10.7 / RFC 2104 §5). */
    boolean verify(String keyId, HmacSecret secret, byte[] data, int len, byte[] signature) {
        byte[] expected = mac(keyId, secret, data, len);
        return signature.length == MAC_BYTES && MessageDigest.isEqual(expected, signature);
    }

    private Entry entry(String keyId, HmacSecret secret) {
        Entry e = entries.get(keyId);
        if (e != null && (e.secret == secret || e.secret.equals(secret))) {
            return e;
        }
        // A key id whose secret changed (re-imported after deletion) gets fresh Macs.
        Entry fresh = new Entry(secret);
        entries.put(keyId, fresh);
        return fresh;
    }
}
