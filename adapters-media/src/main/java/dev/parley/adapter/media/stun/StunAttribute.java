package dev.parley.adapter.media.stun;

/**
 * STUN attribute types used by ICE (RFC 8489 §14 and §18.3, RFC 8445 §16.1).
 * Types 0x0000-0x7FFF are comprehension-required, 0x8000-0xFFFF comprehension-optional (§14).
 */
public final class StunAttribute {

    /** MAPPED-ADDRESS (§14.1). */
    public static final int MAPPED_ADDRESS = 0x0001;
    /** USERNAME (§14.3). */
    public static final int USERNAME = 0x0006;
    /** MESSAGE-INTEGRITY, HMAC-SHA1 (§14.5). */
    public static final int MESSAGE_INTEGRITY = 0x0008;
    /** ERROR-CODE (§14.8). */
    public static final int ERROR_CODE = 0x0009;
    /** UNKNOWN-ATTRIBUTES (§14.9). */
    public static final int UNKNOWN_ATTRIBUTES = 0x000A;
    /** REALM (§14.9). */
    public static final int REALM = 0x0014;
    /** NONCE (§14.10). */
    public static final int NONCE = 0x0015;
    /** MESSAGE-INTEGRITY-SHA256 (§14.6). */
    public static final int MESSAGE_INTEGRITY_SHA256 = 0x001C;
    /** PASSWORD-ALGORITHM (§14.12). */
    public static final int PASSWORD_ALGORITHM = 0x001D;
    /** USERHASH (§14.4). */
    public static final int USERHASH = 0x001E;
    /** XOR-MAPPED-ADDRESS (§14.2). */
    public static final int XOR_MAPPED_ADDRESS = 0x0020;
    /** PRIORITY (RFC 8445 §7.1.1). */
    public static final int PRIORITY = 0x0024;
    /** USE-CANDIDATE (RFC 8445 §7.1.2). */
    public static final int USE_CANDIDATE = 0x0025;
    /** PASSWORD-ALGORITHMS (§14.11). */
    public static final int PASSWORD_ALGORITHMS = 0x8002;
    /** ALTERNATE-DOMAIN (§14.16). */
    public static final int ALTERNATE_DOMAIN = 0x8003;
    /** SOFTWARE (§14.14). */
    public static final int SOFTWARE = 0x8022;
    /** ALTERNATE-SERVER (§14.15). */
    public static final int ALTERNATE_SERVER = 0x8023;
    /** FINGERPRINT (§14.7). */
    public static final int FINGERPRINT = 0x8028;
    /** ICE-CONTROLLED (RFC 8445 §7.1.3). */
    public static final int ICE_CONTROLLED = 0x8029;
    /** ICE-CONTROLLING (RFC 8445 §7.1.3). */
    public static final int ICE_CONTROLLING = 0x802A;

    private StunAttribute() {
    }

    /** True for types 0x0000-0x7FFF, which an agent must understand or reject with 420 (§14, §6.3.1). */
    public static boolean isComprehensionRequired(int type) {
        return type < 0x8000;
    }

    /** True for the comprehension-required types this codec understands. */
    public static boolean isKnownComprehensionRequired(int type) {
        return switch (type) {
            case MAPPED_ADDRESS, USERNAME, MESSAGE_INTEGRITY, ERROR_CODE, UNKNOWN_ATTRIBUTES, REALM, NONCE,
                    MESSAGE_INTEGRITY_SHA256, PASSWORD_ALGORITHM, USERHASH, XOR_MAPPED_ADDRESS, PRIORITY, USE_CANDIDATE -> true;
            default -> false;
        };
    }
}
