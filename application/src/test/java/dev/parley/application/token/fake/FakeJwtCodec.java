package dev.parley.application.token.fake;

import dev.parley.application.token.model.TokenClaims;
import dev.parley.application.token.model.TokenRefusal;
import dev.parley.application.token.model.TokenRefusedException;
import dev.parley.application.token.key.Ed25519KeyPair;
import dev.parley.application.token.key.HmacSecret;
import dev.parley.application.token.key.TokenKey;
import dev.parley.application.token.port.DecodedToken;
import dev.parley.application.token.port.JwtCodec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link JwtCodec} without JSON: tokens are numbered handles to claims kept in memory, "signed"
 * with a digest of the key's material. It lets service tests forge any header algorithm and any
 * claims, and verifies only with the key that signed.
 */
public final class FakeJwtCodec implements JwtCodec {

    private record Tag(byte[] digest) implements DecodedToken.Signed {
    }

    private final ConcurrentHashMap<String, DecodedToken> tokens = new ConcurrentHashMap<>();
    private final AtomicLong serial = new AtomicLong();

    @Override
    public String encode(TokenClaims claims, TokenKey key) {
        return forge(key.algorithm().jwaName(), claims, key);
    }

    /** A token with any {@code alg} and claims, signed by {@code signer} (null: unsigned). */
    public String forge(String alg, TokenClaims claims, TokenKey signer) {
        String token = "fake." + serial.incrementAndGet() + "." + alg;
        byte[] digest = signer == null ? new byte[0] : digest(signer);
        tokens.put(token, new DecodedToken(alg, claims, new Tag(digest)));
        return token;
    }

    @Override
    public DecodedToken decode(String compact) {
        DecodedToken d = tokens.get(compact);
        if (d == null) {
            throw new TokenRefusedException(TokenRefusal.MALFORMED, "not a token of this codec");
        }
        return d;
    }

    @Override
    public boolean verifySignature(DecodedToken token, TokenKey key) {
        return token.signed() instanceof Tag tag && tag.digest.length > 0 && MessageDigest.isEqual(tag.digest, digest(key));
    }

    private static byte[] digest(TokenKey key) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(key.algorithm().jwaName().getBytes(StandardCharsets.US_ASCII));
            if (key.material() instanceof HmacSecret s) {
                md.update(s.secret());
            } else if (key.material() instanceof Ed25519KeyPair p) {
                md.update(p.publicKey());
            }
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
