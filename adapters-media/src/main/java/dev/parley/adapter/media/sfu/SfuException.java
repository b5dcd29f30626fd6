package dev.parley.adapter.media.sfu;

import java.util.Objects;

/**
 * A request the SFU cannot carry out, with a stable machine-readable code that signaling returns
 * to the client as is (e.g. {@code track_not_found}). The message is Parley's own text.
 */
public final class SfuException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public SfuException(String code, String message) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The stable code. */
    public String code() {
        return code;
    }
}
