package dev.parley.adapter.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The primary keys of the revocation tables: SHA-256, in lowercase hex, over a tag and the
 * revoked values. Token ids and rooms come from tokens and may be of any length or content
 * (U+0000, unpaired surrogates); their hash always fits a 64-character, indexable key, and
 * equal keys mean equal values (to SHA-256's collision resistance).
 *
 * <p>Bytes hashed, so the keys can be recomputed outside Parley: the ASCII tag, then each value
 * as a 4-byte big-endian count of UTF-16 code units followed by those code units, two bytes
 * each, big-endian (lossless for every Java string, unlike UTF-8 encoding, which would turn an
 * unpaired surrogate into '?').
 * <ul>
 *   <li>{@code revoked_token.token_id_hash}: tag {@code parley-revoked-token-v1}, the token id;</li>
 *   <li>{@code revoked_subject.subject_hash}: tag {@code parley-revoked-subject-v1}, the identity
 *       (in its normal form, {@code Identity.value()}), then the room ({@code ""} for none).</li>
 * </ul>
 */
final class RevocationKeys {

    private static final byte[] TOKEN_TAG = "parley-revoked-token-v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SUBJECT_TAG = "parley-revoked-subject-v1".getBytes(StandardCharsets.US_ASCII);

    private RevocationKeys() {
    }

    /** The key of a revoked token id. */
    static String tokenId(String tokenId) {
        MessageDigest sha = sha256();
        sha.update(TOKEN_TAG);
        field(sha, tokenId);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The key of a revoked identity + room pair. */
    static String subject(String identity, String room) {
        MessageDigest sha = sha256();
        sha.update(SUBJECT_TAG);
        field(sha, identity);
        field(sha, room);
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void field(MessageDigest sha, String value) {
        int n = value.length();
        byte[] bytes = new byte[4 + 2 * n];
        bytes[0] = (byte) (n >>> 24);
        bytes[1] = (byte) (n >>> 16);
        bytes[2] = (byte) (n >>> 8);
        bytes[3] = (byte) n;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            bytes[4 + 2 * i] = (byte) (c >>> 8);
            bytes[5 + 2 * i] = (byte) c;
        }
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
