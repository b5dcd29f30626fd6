package dev.parley.adapter.media.stun;

/**
 * A datagram is not a well-formed STUN message (RFC 8489 §5, §14, §6.3). The only exception the
 * parser throws on bad input; the message says which rule failed and never echoes input bytes.
 */
public final class StunFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A parse failure naming the broken rule. */
    public StunFormatException(String rule) {
        super(rule, null, false, false);
    }
}
