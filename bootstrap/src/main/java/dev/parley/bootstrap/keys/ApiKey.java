package dev.parley.bootstrap.keys;

import java.util.Arrays;
import java.util.Objects;

/**
 * An API key: a public id (the token's {@code iss}) and its secret. {@link #toString()} never
 * shows the secret, so the key can be logged safely.
 */
public final class ApiKey {

    private final String id;
    private final byte[] secret;

    public ApiKey(String id, byte[] secret) {
        this.id = Objects.requireNonNull(id, "id");
        this.secret = secret.clone();
    }

    /** The public key id. */
    public String id() {
        return id;
    }

    /** A copy of the secret bytes. */
    public byte[] secret() {
        return secret.clone();
    }

    /** Length of the secret in bytes. */
    public int secretLength() {
        return secret.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiKey k && k.id.equals(id) && Arrays.equals(k.secret, secret);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "ApiKey[id=" + id + ", secret=<" + secret.length + " bytes>]";
    }
}
