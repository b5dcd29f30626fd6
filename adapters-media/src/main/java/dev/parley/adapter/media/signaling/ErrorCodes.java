package dev.parley.adapter.media.signaling;

/**
 * Signaling's own error codes. Token refusals use the codes of
 * {@code dev.parley.application.token.model.TokenRefusal} ({@code token_expired}...), grant
 * denials those of {@code dev.parley.domain.grant.DenyReason} ({@code publish_source_not_granted}...),
 * and SFU refusals those of {@code dev.parley.adapter.media.sfu.SfuException}.
 */
public final class ErrorCodes {
    /** The first message was not {@code join}. Fatal. */
    public static final String JOIN_EXPECTED = "join_expected";
    /** No {@code join} within the join timeout. Fatal. */
    public static final String JOIN_TIMEOUT = "join_timeout";
    /** A second {@code join} on a joined connection. */
    public static final String ALREADY_JOINED = "already_joined";
    /** Not JSON, not an object, unknown type, a missing or malformed field. Fatal before join. */
    public static final String INVALID_MESSAGE = "invalid_message";
    /** The message is longer than the limit. Fatal. */
    public static final String MESSAGE_TOO_LARGE = "message_too_large";
    /** The SDP offer is malformed or unusable (no BUNDLE, no rtcp-mux...). */
    public static final String SDP_INVALID = "sdp_invalid";
    /** The source does not produce this kind (camera and screen_share are video, microphone and screen_share_audio audio). */
    public static final String TRACK_KIND_MISMATCH = "track_kind_mismatch";
    /** An unexpected server failure. Fatal. */
    public static final String INTERNAL_ERROR = "internal_error";
    /** The token is valid but its holder was not admitted by verifyToken, or was removed or banned since. */
    public static final String NOT_ADMITTED = "session_not_admitted";

    private ErrorCodes() {
    }
}
