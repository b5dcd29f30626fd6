package dev.parley.adapter.persistence;

import dev.parley.application.token.key.KeyState;
import dev.parley.application.token.key.TokenAlgorithm;
import dev.parley.application.token.port.SealedSecret;
import dev.parley.application.token.port.StoredKey;
import java.util.Base64;
import java.util.Optional;

/**
 * Key to row and back, every field. Bytes travel as base64 (standard alphabet, padded); the sealed
 * secret is stored exactly as the sealer produced it and never unsealed here. Errors name the
 * field, never a value.
 */
final class ApiKeyMapper {

    /** Longest sealed secret the column holds, in base64 characters (6144 bytes of blob). */
    static final int MAX_SEALED_SECRET_CHARS = 8192;

    private ApiKeyMapper() {
    }

    static ApiKeyEntity toNewEntity(StoredKey key) {
        ApiKeyEntity e = new ApiKeyEntity();
        e.id = Columns.text(key.id(), 64, "api key id");
        e.algorithm = key.algorithm().name();
        byte[] publicKey = key.publicKey();
        e.publicKey = publicKey.length == 0 ? "" : Columns.text(Base64.getEncoder().encodeToString(publicKey), 44, "api key public key");
        e.sealedSecret = key.sealedSecret()
                .map(s -> Columns.text(s.toBase64(), MAX_SEALED_SECRET_CHARS, "api key sealed secret"))
                .orElse(null);
        e.createdAt = Columns.instant(key.created());
        e.state = key.state().name();
        return e;
    }

    static StoredKey toDomain(ApiKeyEntity e) {
        return new StoredKey(e.id,
                known(TokenAlgorithm.class, e.algorithm, "algorithm"),
                e.publicKey.isEmpty() ? new byte[0] : base64(e.publicKey, "public key"),
                Optional.ofNullable(e.sealedSecret).map(s -> new SealedSecret(base64(s, "sealed secret"))),
                e.createdAt,
                known(KeyState.class, e.state, "state"));
    }

    private static byte[] base64(String column, String field) {
        try {
            return Base64.getDecoder().decode(column);
        } catch (IllegalArgumentException e) {
            // not chained: the decoder's message quotes the offending character
            throw new IllegalStateException("stored api key " + field + " is not valid base64");
        }
    }

    private static <E extends Enum<E>> E known(Class<E> type, String column, String field) {
        try {
            return Enum.valueOf(type, column);
        } catch (IllegalArgumentException e) {
            // not chained: valueOf's message quotes the stored value
            throw new IllegalStateException("stored api key " + field + " holds an unknown value");
        }
    }
}
