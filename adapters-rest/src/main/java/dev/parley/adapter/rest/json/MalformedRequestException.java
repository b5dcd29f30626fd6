package dev.parley.adapter.rest.json;

/** The body is not valid JSON, breaks a structural limit, or a field has the wrong JSON type. */
public final class MalformedRequestException extends RequestBodyException {

    private static final long serialVersionUID = 1L;

    /** Code of every malformed body. */
    public static final String CODE = "request_malformed";

    public MalformedRequestException(String message) {
        super(CODE, message);
    }
}
