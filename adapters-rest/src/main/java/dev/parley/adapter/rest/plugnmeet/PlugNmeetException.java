package dev.parley.adapter.rest.plugnmeet;

import java.util.Objects;

/**
 * A signed-API call failed: answered by {@link PlugNmeetExceptionMapper} with {@code status}
 * false. Thrown out of the resource method, so the method's transaction rolls back.
 */
public final class PlugNmeetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String code;

    public PlugNmeetException(int httpStatus, String code, String msg) {
        super(msg, null, false, false);
        this.httpStatus = httpStatus;
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The HTTP status of the answer. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Parley's stable code. */
    public String code() {
        return code;
    }
}
