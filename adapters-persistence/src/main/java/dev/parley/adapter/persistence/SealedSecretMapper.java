package dev.parley.adapter.persistence;

import dev.parley.application.token.port.SealedSecret;
import java.time.Instant;

/**
 * Named sealed secret to row and back. The blob travels as base64 (standard alphabet, padded),
 * exactly as the sealer produced it, and is never unsealed here. Errors name the field, never a
 * value.
 */
final class SealedSecretMapper {

    /** Longest name the column holds. */
    static final int MAX_NAME_CHARS = 128;

    /** Longest sealed blob the column holds, in base64 characters (6144 bytes of blob). */
    static final int MAX_SEALED_CHARS = 8192;

    private SealedSecretMapper() {
    }

    /** The row for a new secret; refuses a name or blob the column cannot hold. */
    static SealedSecretEntity toNewEntity(String name, SealedSecret secret, Instant now) {
        return new SealedSecretEntity(
                Columns.text(name, MAX_NAME_CHARS, "sealed secret name"),
                Columns.text(secret.toBase64(), MAX_SEALED_CHARS, "sealed secret"),
                Columns.instant(now));
    }

    /** Whether {@code name} could have been stored: a name that could not is never looked up. */
    static boolean isStorableName(String name) {
        try {
            Columns.text(name, MAX_NAME_CHARS, "sealed secret name");
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static SealedSecret toDomain(SealedSecretEntity e) {
        return new SealedSecret(Base64Column.decode(e.sealed, "stored sealed secret"));
    }
}
