package dev.parley.adapter.nats.wire;

import java.util.Objects;

/** A request body that cannot be read; the code goes into the error reply. Carries no part of the body. */
public final class MalformedRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public MalformedRequestException(String code, String message) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The stable error code, e.g. {@code request_invalid}. */
    public String code() {
        return code;
    }
}
