package dev.parley.adapter.rest.json;

import java.util.Objects;

/**
 * A request body the adapter cannot accept: too large, or not the JSON it must be. The message
 * is written by Parley and quotes nothing from the body (no log or response injection).
 */
public abstract sealed class RequestBodyException extends RuntimeException
        permits MalformedRequestException, RequestTooLargeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    RequestBodyException(String code, String message) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The stable code, e.g. {@code request_malformed}. */
    public String code() {
        return code;
    }
}
