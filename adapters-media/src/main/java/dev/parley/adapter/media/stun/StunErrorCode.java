package dev.parley.adapter.media.stun;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An ERROR-CODE attribute (RFC 8489 §14.8): a code 300-699 (class 3-6, number 0-99) and a UTF-8
 * reason phrase of at most 763 bytes.
 */
public record StunErrorCode(int code, String reason) {

    /** 400 Bad Request (§14.8). */
    public static final StunErrorCode BAD_REQUEST = new StunErrorCode(400, "Bad Request");
    /** 401 Unauthenticated (§14.8). */
    public static final StunErrorCode UNAUTHENTICATED = new StunErrorCode(401, "Unauthenticated");
    /** 420 Unknown Attribute (§14.8). */
    public static final StunErrorCode UNKNOWN_ATTRIBUTE = new StunErrorCode(420, "Unknown Attribute");
    /** 487 Role Conflict (RFC 8445 §7.3.1.1). */
    public static final StunErrorCode ROLE_CONFLICT = new StunErrorCode(487, "Role Conflict");

    /** Maximum reason phrase length in bytes (§14.8). */
    public static final int MAX_REASON_BYTES = 763;

    /** Validates code range and reason length. */
    public StunErrorCode {
        Objects.requireNonNull(reason, "reason");
        if (code < 300 || code > 699) {
            throw new IllegalArgumentException("STUN error code must be 300-699");
        }
        if (reason.getBytes(StandardCharsets.UTF_8).length > MAX_REASON_BYTES) {
            throw new IllegalArgumentException("reason phrase longer than 763 bytes");
        }
    }

    static void checkFormat(byte[] buf, int valueOff, int length) throws StunFormatException {
        if (length < 4 || length > 4 + MAX_REASON_BYTES) {
            throw new StunFormatException("ERROR-CODE length out of range (RFC 8489 §14.8)");
        }
        int errorClass = buf[valueOff + 2] & 0x07;
        int number = buf[valueOff + 3] & 0xFF;
        if (errorClass < 3 || errorClass > 6 || number > 99) {
            throw new StunFormatException("ERROR-CODE class must be 3-6 and number 0-99 (RFC 8489 §14.8)");
        }
    }

    static StunErrorCode decode(byte[] buf, int valueOff, int length) {
        int code = (buf[valueOff + 2] & 0x07) * 100 + (buf[valueOff + 3] & 0xFF);
        String reason = new String(buf, valueOff + 4, length - 4, StandardCharsets.UTF_8);
        if (reason.getBytes(StandardCharsets.UTF_8).length > MAX_REASON_BYTES) {
            // malformed UTF-8 can grow when re-encoded with replacement characters
            reason = "";
        }
        return new StunErrorCode(code, reason);
    }
}
