package dev.parley.adapter.media.ice;

/** Why the ICE-lite agent dropped a STUN message without answering it. */
public enum IceDropReason {
    /** Not a well-formed STUN message (RFC 8489 §5, §14). */
    MALFORMED,
    /** A response, an indication or another method: a lite agent only answers Binding requests (RFC 8445 §2.5). */
    NOT_A_BINDING_REQUEST,
    /** No FINGERPRINT: ICE uses the FINGERPRINT mechanism on every check (RFC 8445 §7, RFC 8489 §7). */
    MISSING_FINGERPRINT,
    /** FINGERPRINT does not match (RFC 8489 §14.7): not STUN, or damaged. */
    BAD_FINGERPRINT,
    /** No USERNAME or no MESSAGE-INTEGRITY(-SHA256): the short-term credential mechanism requires both (RFC 8489 §9.1.3). */
    MISSING_CREDENTIALS,
    /** USERNAME is not {@code localUfrag:remoteUfrag} of a live session (RFC 8445 §7.3). */
    UNKNOWN_UFRAG,
    /** The remote part of USERNAME differs from the peer's SDP ufrag (RFC 8445 §7.3). */
    REMOTE_UFRAG_MISMATCH,
    /** MESSAGE-INTEGRITY does not verify with the session's pwd (RFC 8489 §9.1.3). */
    BAD_INTEGRITY,
    /** The session already has {@link IceLiteAgent#MAX_VALID_ADDRESSES} validated remote addresses. */
    TOO_MANY_ADDRESSES
}
