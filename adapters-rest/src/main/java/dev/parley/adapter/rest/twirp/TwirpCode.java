package dev.parley.adapter.rest.twirp;

/** Twirp's error codes and the HTTP status the Twirp specification (v7) gives each. */
public enum TwirpCode {
    CANCELED("canceled", 408),
    UNKNOWN("unknown", 500),
    INVALID_ARGUMENT("invalid_argument", 400),
    MALFORMED("malformed", 400),
    DEADLINE_EXCEEDED("deadline_exceeded", 408),
    NOT_FOUND("not_found", 404),
    BAD_ROUTE("bad_route", 404),
    ALREADY_EXISTS("already_exists", 409),
    PERMISSION_DENIED("permission_denied", 403),
    UNAUTHENTICATED("unauthenticated", 401),
    RESOURCE_EXHAUSTED("resource_exhausted", 429),
    FAILED_PRECONDITION("failed_precondition", 412),
    ABORTED("aborted", 409),
    OUT_OF_RANGE("out_of_range", 400),
    UNIMPLEMENTED("unimplemented", 501),
    INTERNAL("internal", 500),
    UNAVAILABLE("unavailable", 503),
    DATALOSS("dataloss", 500);

    private final String code;
    private final int httpStatus;

    TwirpCode(String code, int httpStatus) {
        this.code = code;
        this.httpStatus = httpStatus;
    }

    /** The code as the JSON body carries it, e.g. {@code permission_denied}. */
    public String code() {
        return code;
    }

    /** The HTTP status Twirp answers this code with. */
    public int httpStatus() {
        return httpStatus;
    }
}
