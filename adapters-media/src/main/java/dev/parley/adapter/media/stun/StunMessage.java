package dev.parley.adapter.media.stun;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A parsed STUN message (RFC 8489): a view over the caller's buffer, holding only the offsets of
 * the attributes ICE uses; no attribute value is copied until asked for. Valid only while the
 * buffer is not modified.
 *
 * <p>{@link #parse} applies the structural rules of RFC 8489 §5 and §14 and throws only
 * {@link StunFormatException}. Integrity and fingerprint are not checked by parsing; call
 * {@link #verifyFingerprint()} and {@link #verifyMessageIntegrity(byte[])}.
 */
public final class StunMessage {

    /** Length of the fixed header (§5). */
    public static final int HEADER_LENGTH = 20;
    /** The magic cookie (§5). */
    public static final int MAGIC_COOKIE = 0x2112A442;
    /** Length of the transaction id (§5). */
    public static final int TRANSACTION_ID_LENGTH = 12;
    /** At most this many unknown comprehension-required attribute types are remembered (for a 420 response). */
    public static final int MAX_UNKNOWN_ATTRIBUTES = 8;
    /** USERNAME must be fewer than 509 bytes (§14.3). */
    public static final int MAX_USERNAME_BYTES = 508;

    private static final int[] NO_UNKNOWN = new int[0];

    private final byte[] buf;
    private final int off;
    private final int len;
    private final int type;
    private int usernameOffset = -1;
    private int usernameLength;
    private int integrityAttributeOffset = -1;
    private int integritySha256AttributeOffset = -1;
    private int integritySha256Length;
    private int fingerprintAttributeOffset = -1;
    private int xorMappedOffset = -1;
    private int xorMappedLength;
    private int priorityOffset = -1;
    private int errorCodeOffset = -1;
    private int errorCodeLength;
    private boolean useCandidate;
    private int iceControllingOffset = -1;
    private int iceControlledOffset = -1;
    private int[] unknownRequired = NO_UNKNOWN;

    private StunMessage(byte[] buf, int off, int len, int type) {
        this.buf = buf;
        this.off = off;
        this.len = len;
        this.type = type;
    }

    /**
     * True if the datagram can be a STUN message at all: at least a header, the two leading zero bits
     * and the magic cookie (§5; RFC 7983 §7 sends first bytes 0-3 here).
     */
    public static boolean looksLikeStun(byte[] buf, int off, int len) {
        return len >= HEADER_LENGTH && (buf[off] & 0xC0) == 0 && readInt(buf, off + 4) == MAGIC_COOKIE;
    }

    /**
     * Parses one STUN message that fills {@code buf[off, off+len)} exactly (one datagram, §6.3).
     *
     * @throws StunFormatException if any structural rule of §5 or §14 is broken
     */
    public static StunMessage parse(byte[] buf, int off, int len) throws StunFormatException {
        Objects.checkFromIndexSize(off, len, buf.length);
        if (len < HEADER_LENGTH) {
            throw new StunFormatException("shorter than the 20-byte STUN header (RFC 8489 §5)");
        }
        if ((buf[off] & 0xC0) != 0) {
            throw new StunFormatException("the two most significant bits must be zero (RFC 8489 §5)");
        }
        if (readInt(buf, off + 4) != MAGIC_COOKIE) {
            throw new StunFormatException("magic cookie missing (RFC 8489 §5)");
        }
        int messageLength = readShort(buf, off + 2);
        if ((messageLength & 3) != 0) {
            throw new StunFormatException("message length not a multiple of 4 (RFC 8489 §5)");
        }
        if (messageLength + HEADER_LENGTH != len) {
            throw new StunFormatException("message length does not match the datagram (RFC 8489 §5, §6.3)");
        }
        StunMessage m = new StunMessage(buf, off, len, readShort(buf, off) & 0x3FFF);
        m.parseAttributes();
        return m;
    }

    private void parseAttributes() throws StunFormatException {
        int end = off + len;
        int p = off + HEADER_LENGTH;
        // RFC 8489 §14.5/§14.6: attributes after MESSAGE-INTEGRITY(-SHA256) are ignored, except
        // MESSAGE-INTEGRITY-SHA256 after MESSAGE-INTEGRITY and FINGERPRINT; §14.7: FINGERPRINT is last.
        boolean afterIntegrity = false;
        boolean afterIntegritySha256 = false;
        while (p < end) {
            if (fingerprintAttributeOffset >= 0) {
                throw new StunFormatException("attribute after FINGERPRINT (RFC 8489 §14.7)");
            }
            if (end - p < 4) {
                throw new StunFormatException("truncated attribute header (RFC 8489 §14)");
            }
            int attrType = readShort(buf, p);
            int attrLength = readShort(buf, p + 2);
            int padded = (attrLength + 3) & ~3;
            if (padded > end - p - 4) {
                throw new StunFormatException("attribute overruns the message (RFC 8489 §14)");
            }
            int value = p + 4;
            if (attrType == StunAttribute.FINGERPRINT) {
                if (attrLength != 4) {
                    throw new StunFormatException("FINGERPRINT must be 4 bytes (RFC 8489 §14.7)");
                }
                fingerprintAttributeOffset = p;
            } else if (attrType == StunAttribute.MESSAGE_INTEGRITY_SHA256 && !afterIntegritySha256) {
                if (attrLength < 16 || attrLength > 32 || (attrLength & 3) != 0) {
                    throw new StunFormatException("MESSAGE-INTEGRITY-SHA256 must be 16-32 bytes, a multiple of 4 (RFC 8489 §14.6)");
                }
                integritySha256AttributeOffset = p;
                integritySha256Length = attrLength;
                afterIntegritySha256 = true;
            } else if (!afterIntegrity && !afterIntegritySha256) {
                parseAttribute(attrType, value, attrLength);
                if (attrType == StunAttribute.MESSAGE_INTEGRITY) {
                    integrityAttributeOffset = p;
                    afterIntegrity = true;
                }
            }
            p = value + padded;
        }
    }

    private void parseAttribute(int attrType, int value, int attrLength) throws StunFormatException {
        switch (attrType) {
            case StunAttribute.MESSAGE_INTEGRITY -> {
                if (attrLength != 20) {
                    throw new StunFormatException("MESSAGE-INTEGRITY must be 20 bytes (RFC 8489 §14.5)");
                }
            }
            case StunAttribute.USERNAME -> {
                if (attrLength > MAX_USERNAME_BYTES) {
                    throw new StunFormatException("USERNAME must be fewer than 509 bytes (RFC 8489 §14.3)");
                }
                if (usernameOffset < 0) {
                    usernameOffset = value;
                    usernameLength = attrLength;
                }
            }
            case StunAttribute.XOR_MAPPED_ADDRESS -> {
                XorAddress.checkFormat(buf, value, attrLength);
                if (xorMappedOffset < 0) {
                    xorMappedOffset = value;
                    xorMappedLength = attrLength;
                }
            }
            case StunAttribute.PRIORITY -> {
                requireLength(attrLength, 4, "PRIORITY must be 4 bytes (RFC 8445 §7.1.1)");
                if (priorityOffset < 0) {
                    priorityOffset = value;
                }
            }
            case StunAttribute.USE_CANDIDATE -> {
                requireLength(attrLength, 0, "USE-CANDIDATE has no value (RFC 8445 §7.1.2)");
                useCandidate = true;
            }
            case StunAttribute.ICE_CONTROLLING -> {
                requireLength(attrLength, 8, "ICE-CONTROLLING must be 8 bytes (RFC 8445 §7.1.3)");
                if (iceControllingOffset < 0) {
                    iceControllingOffset = value;
                }
            }
            case StunAttribute.ICE_CONTROLLED -> {
                requireLength(attrLength, 8, "ICE-CONTROLLED must be 8 bytes (RFC 8445 §7.1.3)");
                if (iceControlledOffset < 0) {
                    iceControlledOffset = value;
                }
            }
            case StunAttribute.ERROR_CODE -> {
                StunErrorCode.checkFormat(buf, value, attrLength);
                if (errorCodeOffset < 0) {
                    errorCodeOffset = value;
                    errorCodeLength = attrLength;
                }
            }
            default -> {
                if (StunAttribute.isComprehensionRequired(attrType) && !StunAttribute.isKnownComprehensionRequired(attrType)
                        && unknownRequired.length < MAX_UNKNOWN_ATTRIBUTES) {
                    int[] grown = Arrays.copyOf(unknownRequired, unknownRequired.length + 1);
                    grown[unknownRequired.length] = attrType;
                    unknownRequired = grown;
                }
            }
        }
    }

    private static void requireLength(int actual, int expected, String rule) throws StunFormatException {
        if (actual != expected) {
            throw new StunFormatException(rule);
        }
    }

    /** The 14-bit message type. */
    public int type() {
        return type;
    }

    /** The class (see {@link StunMessageType}). */
    public int messageClass() {
        return StunMessageType.classOf(type);
    }

    /** The method (see {@link StunMessageType}). */
    public int method() {
        return StunMessageType.methodOf(type);
    }

    /** The buffer this message was parsed from. */
    public byte[] buffer() {
        return buf;
    }

    /** Offset of the message in {@link #buffer()}. */
    public int offset() {
        return off;
    }

    /** Length of the whole message, header included. */
    public int length() {
        return len;
    }

    /** Offset of the 12-byte transaction id in {@link #buffer()}. */
    public int transactionIdOffset() {
        return off + 8;
    }

    /** A copy of the transaction id. */
    public byte[] transactionId() {
        return Arrays.copyOfRange(buf, off + 8, off + HEADER_LENGTH);
    }

    /** True if the message has a USERNAME attribute. */
    public boolean hasUsername() {
        return usernameOffset >= 0;
    }

    /** Offset of the USERNAME value, or -1. */
    public int usernameOffset() {
        return usernameOffset;
    }

    /** Length of the USERNAME value. */
    public int usernameLength() {
        return usernameLength;
    }

    /** The USERNAME decoded as UTF-8, or null. */
    public String username() {
        return usernameOffset < 0 ? null : new String(buf, usernameOffset, usernameLength, StandardCharsets.UTF_8);
    }

    /** True if MESSAGE-INTEGRITY (HMAC-SHA1) is present. */
    public boolean hasMessageIntegrity() {
        return integrityAttributeOffset >= 0;
    }

    /** True if MESSAGE-INTEGRITY-SHA256 is present. */
    public boolean hasMessageIntegritySha256() {
        return integritySha256AttributeOffset >= 0;
    }

    /** True if FINGERPRINT is present. */
    public boolean hasFingerprint() {
        return fingerprintAttributeOffset >= 0;
    }

    /** True if the PRIORITY attribute is present. */
    public boolean hasPriority() {
        return priorityOffset >= 0;
    }

    /** The PRIORITY value (unsigned 32 bits); 0 if absent. */
    public long priority() {
        return priorityOffset < 0 ? 0 : readInt(buf, priorityOffset) & 0xFFFFFFFFL;
    }

    /** True if USE-CANDIDATE is present. */
    public boolean useCandidate() {
        return useCandidate;
    }

    /** True if ICE-CONTROLLING is present. */
    public boolean hasIceControlling() {
        return iceControllingOffset >= 0;
    }

    /** True if ICE-CONTROLLED is present. */
    public boolean hasIceControlled() {
        return iceControlledOffset >= 0;
    }

    /** The ICE-CONTROLLING tie-breaker; 0 if absent. */
    public long iceControlling() {
        return iceControllingOffset < 0 ? 0 : readLong(buf, iceControllingOffset);
    }

    /** The ICE-CONTROLLED tie-breaker; 0 if absent. */
    public long iceControlled() {
        return iceControlledOffset < 0 ? 0 : readLong(buf, iceControlledOffset);
    }

    /** The XOR-MAPPED-ADDRESS decoded (§14.2), or null if absent. */
    public InetSocketAddress xorMappedAddress() {
        return xorMappedOffset < 0 ? null : XorAddress.decode(buf, xorMappedOffset, xorMappedLength, off);
    }

    /** The ERROR-CODE, or null if absent. */
    public StunErrorCode errorCode() {
        return errorCodeOffset < 0 ? null : StunErrorCode.decode(buf, errorCodeOffset, errorCodeLength);
    }

    /** Comprehension-required attribute types this codec does not know (before MESSAGE-INTEGRITY), at most {@value #MAX_UNKNOWN_ATTRIBUTES}. */
    public int[] unknownComprehensionRequired() {
        return unknownRequired.clone();
    }

    /** True if there are unknown comprehension-required attributes (§6.3.1: answer 420). */
    public boolean hasUnknownComprehensionRequired() {
        return unknownRequired.length > 0;
    }

    /** True if FINGERPRINT is present and holds the CRC-32 of the message before it, xor 0x5354554E (§14.7). */
    public boolean verifyFingerprint() {
        if (fingerprintAttributeOffset < 0) {
            return false;
        }
        int expected = StunFingerprint.compute(buf, off, fingerprintAttributeOffset - off);
        return readInt(buf, fingerprintAttributeOffset + 4) == expected;
    }

    /** True if MESSAGE-INTEGRITY is present and is the HMAC-SHA1 under {@code key} (§14.5), compared in constant time. */
    public boolean verifyMessageIntegrity(byte[] key) {
        return integrityAttributeOffset >= 0
                && StunIntegrity.verifySha1(key, buf, off, integrityAttributeOffset - off, integrityAttributeOffset + 4, 20);
    }

    /** True if MESSAGE-INTEGRITY-SHA256 is present and is the (truncated) HMAC-SHA256 under {@code key} (§14.6). */
    public boolean verifyMessageIntegritySha256(byte[] key) {
        return integritySha256AttributeOffset >= 0
                && StunIntegrity.verifySha256(key, buf, off, integritySha256AttributeOffset - off,
                        integritySha256AttributeOffset + 4, integritySha256Length);
    }

    static int readShort(byte[] b, int i) {
        return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }

    static int readInt(byte[] b, int i) {
        return ((b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
    }

    static long readLong(byte[] b, int i) {
        return ((long) readInt(b, i) << 32) | (readInt(b, i + 4) & 0xFFFFFFFFL);
    }

    @Override
    public String toString() {
        return "StunMessage[type=0x" + Integer.toHexString(type) + ", length=" + len + "]";
    }
}
