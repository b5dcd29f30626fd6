package dev.parley.adapter.rest.error;

/** The JSON body of every error response: a stable machine-readable code and a human message. */
public record ErrorBody(String code, String message) {
}
