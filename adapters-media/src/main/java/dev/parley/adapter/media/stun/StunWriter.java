package dev.parley.adapter.media.stun;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Writes one STUN message into a caller-supplied buffer (no allocation but for string attributes).
 * Attributes are appended in call order with zero padding (RFC 8489 §14); the header length is kept
 * current, so {@link #messageIntegrity} and {@link #fingerprint} can be appended last, in that order
 * (§14.5, §14.7). Not thread-safe; reusable through {@link #begin}.
 */
public final class StunWriter {

    private final byte[] out;
    private final int off;
    private int pos;

    /** A writer into {@code out} starting at {@code off}. */
    public StunWriter(byte[] out, int off) {
        this.out = out;
        this.off = off;
        this.pos = off;
    }

    /** Starts a message of {@code type} with the transaction id at {@code txid[txidOff, txidOff+12)}. */
    public StunWriter begin(int type, byte[] txid, int txidOff) {
        pos = off;
        ensure(StunMessage.HEADER_LENGTH);
        out[off] = (byte) ((type >>> 8) & 0x3F);
        out[off + 1] = (byte) type;
        writeInt(off + 4, StunMessage.MAGIC_COOKIE);
        System.arraycopy(txid, txidOff, out, off + 8, StunMessage.TRANSACTION_ID_LENGTH);
        pos = off + StunMessage.HEADER_LENGTH;
        updateLength();
        return this;
    }

    /** Appends USERNAME (UTF-8, fewer than 509 bytes, §14.3). */
    public StunWriter username(String username) {
        byte[] value = username.getBytes(StandardCharsets.UTF_8);
        if (value.length > StunMessage.MAX_USERNAME_BYTES) {
            throw new IllegalArgumentException("USERNAME must be fewer than 509 bytes");
        }
        return attribute(StunAttribute.USERNAME, value, 0, value.length);
    }

    /** Appends SOFTWARE (§14.14). */
    public StunWriter software(String software) {
        byte[] value = software.getBytes(StandardCharsets.UTF_8);
        return attribute(StunAttribute.SOFTWARE, value, 0, value.length);
    }

    /** Appends XOR-MAPPED-ADDRESS for {@code address} (§14.2). */
    public StunWriter xorMappedAddress(InetSocketAddress address) {
        int length = XorAddress.valueLength(address.getAddress());
        int value = header(StunAttribute.XOR_MAPPED_ADDRESS, length);
        XorAddress.encode(address, out, value, off);
        return this;
    }

    /** Appends PRIORITY (RFC 8445 §7.1.1). */
    public StunWriter priority(long priority) {
        int value = header(StunAttribute.PRIORITY, 4);
        writeInt(value, (int) priority);
        return this;
    }

    /** Appends USE-CANDIDATE (RFC 8445 §7.1.2). */
    public StunWriter useCandidate() {
        header(StunAttribute.USE_CANDIDATE, 0);
        return this;
    }

    /** Appends ICE-CONTROLLING with {@code tieBreaker} (RFC 8445 §7.1.3). */
    public StunWriter iceControlling(long tieBreaker) {
        return longAttribute(StunAttribute.ICE_CONTROLLING, tieBreaker);
    }

    /** Appends ICE-CONTROLLED with {@code tieBreaker} (RFC 8445 §7.1.3). */
    public StunWriter iceControlled(long tieBreaker) {
        return longAttribute(StunAttribute.ICE_CONTROLLED, tieBreaker);
    }

    /** Appends ERROR-CODE (§14.8). */
    public StunWriter errorCode(StunErrorCode error) {
        byte[] reason = error.reason().getBytes(StandardCharsets.UTF_8);
        int value = header(StunAttribute.ERROR_CODE, 4 + reason.length);
        out[value] = 0;
        out[value + 1] = 0;
        out[value + 2] = (byte) (error.code() / 100);
        out[value + 3] = (byte) (error.code() % 100);
        System.arraycopy(reason, 0, out, value + 4, reason.length);
        return this;
    }

    /** Appends UNKNOWN-ATTRIBUTES listing {@code types} (§14.9). */
    public StunWriter unknownAttributes(int[] types) {
        int value = header(StunAttribute.UNKNOWN_ATTRIBUTES, 2 * types.length);
        for (int i = 0; i < types.length; i++) {
            out[value + 2 * i] = (byte) (types[i] >>> 8);
            out[value + 2 * i + 1] = (byte) types[i];
        }
        return this;
    }

    /** Appends an attribute with an arbitrary value (tests, extensions). */
    public StunWriter attribute(int type, byte[] value, int valueOff, int valueLength) {
        int at = header(type, valueLength);
        System.arraycopy(value, valueOff, out, at, valueLength);
        return this;
    }

    /** Appends MESSAGE-INTEGRITY: HMAC-SHA1 under {@code key} of everything written so far (§14.5). */
    public StunWriter messageIntegrity(byte[] key) {
        int attributeStart = pos;
        int value = header(StunAttribute.MESSAGE_INTEGRITY, StunIntegrity.SHA1_LENGTH);
        StunIntegrity.computeSha1(key, out, off, attributeStart - off, out, value);
        return this;
    }

    /** Appends MESSAGE-INTEGRITY-SHA256 (full 32 bytes) under {@code key} (§14.6). */
    public StunWriter messageIntegritySha256(byte[] key) {
        int attributeStart = pos;
        int value = header(StunAttribute.MESSAGE_INTEGRITY_SHA256, 32);
        StunIntegrity.computeSha256(key, out, off, attributeStart - off, 32, out, value);
        return this;
    }

    /** Appends FINGERPRINT (§14.7); must be the last attribute. */
    public StunWriter fingerprint() {
        int attributeStart = pos;
        int value = header(StunAttribute.FINGERPRINT, 4);
        writeInt(value, StunFingerprint.compute(out, off, attributeStart - off));
        return this;
    }

    /** Length of the message written so far, header included. */
    public int length() {
        return pos - off;
    }

    private StunWriter longAttribute(int type, long v) {
        int value = header(type, 8);
        writeInt(value, (int) (v >>> 32));
        writeInt(value + 4, (int) v);
        return this;
    }

    /** Writes an attribute header, zeroes the padding, advances, updates the message length; returns the value offset. */
    private int header(int type, int valueLength) {
        if (valueLength > 0xFFFF) {
            throw new IllegalArgumentException("attribute value too long");
        }
        int padded = (valueLength + 3) & ~3;
        ensure(4 + padded);
        out[pos] = (byte) (type >>> 8);
        out[pos + 1] = (byte) type;
        out[pos + 2] = (byte) (valueLength >>> 8);
        out[pos + 3] = (byte) valueLength;
        int value = pos + 4;
        for (int i = valueLength; i < padded; i++) {
            out[value + i] = 0;
        }
        pos = value + padded;
        updateLength();
        return value;
    }

    private void updateLength() {
        int length = pos - off - StunMessage.HEADER_LENGTH;
        out[off + 2] = (byte) (length >>> 8);
        out[off + 3] = (byte) length;
    }

    private void ensure(int bytes) {
        if (pos + bytes > out.length || pos - off + bytes - StunMessage.HEADER_LENGTH > 0xFFFF) {
            throw new IllegalStateException("STUN message does not fit in the buffer");
        }
    }

    private void writeInt(int at, int v) {
        out[at] = (byte) (v >>> 24);
        out[at + 1] = (byte) (v >>> 16);
        out[at + 2] = (byte) (v >>> 8);
        out[at + 3] = (byte) v;
    }
}
