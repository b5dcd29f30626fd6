package dev.parley.adapter.media.signaling;

/** A message lacks a field or has one of the wrong form; the message is Parley's own text. */
final class InvalidMessageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InvalidMessageException(String message) {
        super(message, null, false, false);
    }
}
