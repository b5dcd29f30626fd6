package dev.parley.adapter.media.stun;

/**
 * STUN message types (RFC 8489 §5: the 14-bit type interleaves a 12-bit method and a 2-bit class).
 */
public final class StunMessageType {

    /** Class bits: request. */
    public static final int CLASS_REQUEST = 0b00;
    /** Class bits: indication. */
    public static final int CLASS_INDICATION = 0b01;
    /** Class bits: success response. */
    public static final int CLASS_SUCCESS = 0b10;
    /** Class bits: error response. */
    public static final int CLASS_ERROR = 0b11;

    /** The Binding method (RFC 8489 §18.2). */
    public static final int METHOD_BINDING = 0x001;

    /** Binding request. */
    public static final int BINDING_REQUEST = 0x0001;
    /** Binding indication (keepalive, RFC 8445 §11). */
    public static final int BINDING_INDICATION = 0x0011;
    /** Binding success response. */
    public static final int BINDING_SUCCESS = 0x0101;
    /** Binding error response. */
    public static final int BINDING_ERROR = 0x0111;

    private StunMessageType() {
    }

    /** The class (0-3) of a 14-bit message type: bits C1 (type bit 8) and C0 (type bit 4). */
    public static int classOf(int type) {
        return ((type >> 4) & 0x1) | ((type >> 7) & 0x2);
    }

    /** The 12-bit method of a message type: bits M0-M3, M4-M6 and M7-M11 around the class bits. */
    public static int methodOf(int type) {
        return (type & 0x000F) | ((type >> 1) & 0x0070) | ((type >> 2) & 0x0F80);
    }

    /** The message type of {@code method} in class {@code messageClass}. */
    public static int of(int method, int messageClass) {
        return (method & 0x000F) | ((method & 0x0070) << 1) | ((method & 0x0F80) << 2)
                | ((messageClass & 0x1) << 4) | ((messageClass & 0x2) << 7);
    }
}
