package dev.parley.adapter.rest.json;

/** The body is larger than the limit ({@link RequestBody#MAX_BYTES}). */
public final class RequestTooLargeException extends RequestBodyException {

    private static final long serialVersionUID = 1L;

    /** Code of an oversized body. */
    public static final String CODE = "request_too_large";

    public RequestTooLargeException(int limit) {
        super(CODE, "request body is larger than " + limit + " bytes");
    }
}
