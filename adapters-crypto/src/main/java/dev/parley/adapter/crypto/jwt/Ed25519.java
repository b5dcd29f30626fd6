package dev.parley.adapter.crypto.jwt;

import dev.parley.application.token.key.Ed25519KeyPair;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;

/**
 * EdDSA with Ed25519 (RFC 8037 §3.1, RFC 8032 §5.1) through the JDK's provider. Raw 32-byte keys
 * (RFC 8037 §2) are wrapped in their fixed X.509 / PKCS#8 prefixes (RFC 8410 §4, §7) once per key;
 * {@link Signature} objects are kept per thread.
 */
final class Ed25519 {

    /** An Ed25519 signature is 64 bytes (RFC 8032 §5.1.6). */
    static final int SIGNATURE_BYTES = 64;

    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final byte[] PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");

    private record Entry(Ed25519KeyPair pair, PublicKey publicKey, PrivateKey privateKey) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final ThreadLocal<Signature> signatures = ThreadLocal.withInitial(() -> {
        try {
            return Signature.getInstance("Ed25519");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 unavailable", e);
        }
    });

    byte[] sign(String keyId, Ed25519KeyPair pair, byte[] data, int len) {
        Entry e = entry(keyId, pair);
        if (e.privateKey == null) {
            throw new IllegalStateException("this Ed25519 key has no private key");
        }
        try {
            Signature s = signatures.get();
            s.initSign(e.privateKey);
            s.update(data, 0, len);
            return s.sign();
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("Ed25519 signing failed", ex);
        }
    }

    boolean verify(String keyId, Ed25519KeyPair pair, byte[] data, int len, byte[] signature) {
        if (signature.length != SIGNATURE_BYTES) {
            return false;
        }
        try {
            Signature s = signatures.get();
            s.initVerify(entry(keyId, pair).publicKey);
            s.update(data, 0, len);
            return s.verify(signature);
        } catch (GeneralSecurityException | RuntimeException ex) {
            return false;
        }
    }

    private Entry entry(String keyId, Ed25519KeyPair pair) {
        Entry e = entries.get(keyId);
        if (e != null && (e.pair == pair || e.pair.equals(pair))) {
            return e;
        }
        try {
            KeyFactory kf = KeyFactory.getInstance("Ed25519");
            PublicKey pub = kf.generatePublic(new X509EncodedKeySpec(concat(X509_PREFIX, pair.publicKey())));
            PrivateKey priv = pair.privateKey().isPresent()
                    ? kf.generatePrivate(new PKCS8EncodedKeySpec(concat(PKCS8_PREFIX, pair.privateKey().get()))) : null;
            Entry fresh = new Entry(pair, pub, priv);
            entries.put(keyId, fresh);
            return fresh;
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("invalid Ed25519 key", ex);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
