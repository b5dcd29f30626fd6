package dev.parley.adapter.media.signaling;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds of the signaling protocol.
 *
 * @param maxMessageChars longest text message accepted; a longer one closes the connection (1009)
 * @param joinTimeout     time a new connection has to send its {@code join}
 * @param maxTokenChars   longest access token read from {@code join}
 */
public record SignalingLimits(int maxMessageChars, Duration joinTimeout, int maxTokenChars) {

    public SignalingLimits {
        Objects.requireNonNull(joinTimeout, "joinTimeout");
        if (maxMessageChars < 1024 || maxTokenChars < 1 || joinTimeout.isNegative() || joinTimeout.isZero()) {
            throw new IllegalArgumentException("signaling limits must be positive (messages at least 1 KiB)");
        }
    }

    /** 192 KiB messages (an SDP may be 128 KiB), 10 s to join, 8 KiB tokens. */
    public static SignalingLimits defaults() {
        return new SignalingLimits(192 * 1024, Duration.ofSeconds(10), 8192);
    }
}
