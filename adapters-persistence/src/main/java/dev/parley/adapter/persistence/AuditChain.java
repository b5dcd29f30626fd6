package dev.parley.adapter.persistence;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hash that chains audit entries. An entry's hash is SHA-256 over its canonical bytes, which
 * end with the previous entry's hash; the first entry's previous hash is 64 zeros.
 *
 * <p>Canonical bytes, so that anyone can recompute a hash from the table alone: the ASCII tag
 * {@code parley-audit-v1}, then each of these fields as a 4-byte big-endian length followed by its
 * UTF-8 bytes: {@code seq} (decimal), {@code occurred_at} ({@link java.time.Instant#toString()} of
 * the stored, microsecond-precision instant), {@code action}, {@code outcome}, {@code reason_code},
 * {@code actor_trust}, {@code actor}, {@code room}, the number of details (decimal), each detail's
 * key and value in ascending key order, and {@code prev_hash} (lowercase hex). The stored hash is
 * lowercase hex.
 */
final class AuditChain {

    /** The previous hash of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private static final byte[] TAG = "parley-audit-v1".getBytes(StandardCharsets.US_ASCII);

    private AuditChain() {
    }

    /** The hash {@code e} must carry, given its content and {@code e.prevHash}. */
    static String hashOf(AuditEntryEntity e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.writeBytes(TAG);
        field(out, Long.toString(e.seq));
        field(out, e.occurredAt.toString());
        field(out, e.action);
        field(out, e.outcome);
        field(out, e.reasonCode);
        field(out, e.actorTrust);
        field(out, e.actor);
        field(out, e.room);
        Map<String, String> details = new TreeMap<>(FlatJson.decode(e.details));
        field(out, Integer.toString(details.size()));
        for (Map.Entry<String, String> d : details.entrySet()) {
            field(out, d.getKey());
            field(out, d.getValue());
        }
        field(out, e.prevHash);
        return HexFormat.of().formatHex(sha256().digest(out.toByteArray()));
    }

    private static void field(ByteArrayOutputStream out, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        int n = bytes.length;
        out.write(n >>> 24);
        out.write(n >>> 16);
        out.write(n >>> 8);
        out.write(n);
        out.writeBytes(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
