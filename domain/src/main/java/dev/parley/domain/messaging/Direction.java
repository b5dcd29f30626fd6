package dev.parley.domain.messaging;

/** Whether a session may write to a channel or read from it. */
public enum Direction {
    PUBLISH,
    SUBSCRIBE
}
