package dev.parley.adapter.media.signaling;

/** WebSocket close codes Parley uses (RFC 6455 §7.4.1). */
final class CloseCodes {
    static final int NORMAL = 1000;
    static final int PROTOCOL_ERROR = 1002;
    static final int POLICY_VIOLATION = 1008;
    static final int TOO_BIG = 1009;
    static final int INTERNAL_ERROR = 1011;

    private CloseCodes() {
    }
}
