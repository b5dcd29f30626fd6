package dev.parley.adapter.media.rtp;

import java.util.Arrays;
import java.util.Objects;

/**
 * A reusable, allocation-free view over one RTP packet in {@code buf[off, off + len)} (RFC 3550
 * §5.1), with in-place writers for the fields an SFU rewrites (SSRC, payload type, sequence
 * number, timestamp, marker) and RFC 8285 header extensions (one-byte and two-byte forms, read,
 * looked up by id, and renumbered or stripped in place).
 *
 * <p>Usage: {@code if (packet.wrap(buf, off, len).isValid()) { ... }}. Every accessor reads the
 * wrapped bytes directly; nothing is copied. An instance is meant to be owned by one thread and
 * re-wrapped for every packet. Accessors called on an instance whose last {@code wrap} was not
 * {@link RtpValidity#VALID} return unspecified values (but never read outside the datagram).
 *
 * <p>Header extension elements are addressed by <em>position</em>: an absolute offset into the
 * buffer returned by {@link #firstExtension()}, {@link #nextExtension(int)} and {@link
 * #findExtension(int)}, or {@code -1} when there is none. Iteration stops (RFC 8285 §4.2) at an
 * element with id 15 in the one-byte form, and at any element whose declared length would run
 * past the extension block, so a malformed block reads as a shorter one, never as an overrun.
 */
public final class RtpPacket {

    /** Length of the fixed RTP header (RFC 3550 §5.1). */
    public static final int FIXED_HEADER_LENGTH = 12;
    /** The "defined by profile" value of the RFC 8285 one-byte header form. */
    public static final int ONE_BYTE_PROFILE = 0xBEDE;
    /** The RFC 8285 two-byte header form is 0x100 followed by 4 application bits. */
    public static final int TWO_BYTE_PROFILE_MASK = 0xFFF0;
    /** The two-byte form's profile value with its application bits cleared. */
    public static final int TWO_BYTE_PROFILE = 0x1000;

    private byte[] buf;
    private int off;
    private int len;
    private int headerLength;
    private int paddingLength;
    /** Absolute offset of the extension elements (after the 4-byte extension header), or -1. */
    private int extensionStart = -1;
    /** Absolute offset one past the extension block. */
    private int extensionEnd = -1;

    /**
     * Points this view at {@code buf[off, off + len)} and validates the fixed header, CSRC list,
     * extension block and padding. Never throws for malformed content.
     *
     * @throws IndexOutOfBoundsException if {@code off} and {@code len} do not describe a range of
     *     {@code buf} (a caller bug, not bad input)
     */
    public RtpValidity wrap(byte[] buf, int off, int len) {
        Objects.checkFromIndexSize(off, len, buf.length);
        this.buf = buf;
        this.off = off;
        this.len = len;
        this.extensionStart = -1;
        this.extensionEnd = -1;
        this.paddingLength = 0;
        this.headerLength = 0;
        if (len < FIXED_HEADER_LENGTH) {
            return RtpValidity.TOO_SHORT;
        }
        int first = buf[off] & 0xFF;
        if ((first >>> 6) != 2) {
            return RtpValidity.BAD_VERSION;
        }
        int header = FIXED_HEADER_LENGTH + 4 * (first & 0x0F);
        if (header > len) {
            return RtpValidity.CSRC_OVERRUN;
        }
        if ((first & 0x10) != 0) {
            if (header + 4 > len) {
                return RtpValidity.EXTENSION_OVERRUN;
            }
            int words = u16(buf, off + header + 2);
            int start = header + 4;
            header = start + 4 * words;
            if (header > len) {
                return RtpValidity.EXTENSION_OVERRUN;
            }
            this.extensionStart = off + start;
            this.extensionEnd = off + header;
        }
        if ((first & 0x20) != 0) {
            int padding = buf[off + len - 1] & 0xFF;
            if (padding == 0 || header + padding > len) {
                return RtpValidity.BAD_PADDING;
            }
            this.paddingLength = padding;
        }
        this.headerLength = header;
        return RtpValidity.VALID;
    }

    /**
     * The RTP header length (fixed header, CSRCs and extension block) of the packet in
     * {@code buf[off, off + len)}, or {@code -1} if the header is malformed or does not fit. Does
     * not look at padding. Used by SRTP to split header (authenticated, not encrypted) from payload.
     */
    public static int headerLength(byte[] buf, int off, int len) {
        if (len < FIXED_HEADER_LENGTH) {
            return -1;
        }
        int first = buf[off] & 0xFF;
        if ((first >>> 6) != 2) {
            return -1;
        }
        int header = FIXED_HEADER_LENGTH + 4 * (first & 0x0F);
        if ((first & 0x10) != 0) {
            if (header + 4 > len) {
                return -1;
            }
            header += 4 + 4 * u16(buf, off + header + 2);
        }
        return header > len ? -1 : header;
    }

    /**
     * Writes a 12-byte fixed header (version 2, no padding, extension or CSRC) at {@code off} and
     * returns 12.
     */
    public static int writeFixedHeader(byte[] buf, int off, boolean marker, int payloadType, int sequenceNumber,
            long timestamp, int ssrc) {
        Objects.checkFromIndexSize(off, FIXED_HEADER_LENGTH, buf.length);
        buf[off] = (byte) 0x80;
        buf[off + 1] = (byte) ((marker ? 0x80 : 0) | (payloadType & 0x7F));
        putU16(buf, off + 2, sequenceNumber);
        putU32(buf, off + 4, (int) timestamp);
        putU32(buf, off + 8, ssrc);
        return FIXED_HEADER_LENGTH;
    }

    /** The wrapped buffer. */
    public byte[] buffer() {
        return buf;
    }

    /** Offset of the packet in {@link #buffer()}. */
    public int offset() {
        return off;
    }

    /** Length of the whole packet. */
    public int length() {
        return len;
    }

    /** The version field (2 for a valid packet). */
    public int version() {
        return (buf[off] & 0xFF) >>> 6;
    }

    /** The P bit. */
    public boolean hasPadding() {
        return (buf[off] & 0x20) != 0;
    }

    /** The X bit. */
    public boolean hasExtension() {
        return (buf[off] & 0x10) != 0;
    }

    /** The CC field. */
    public int csrcCount() {
        return buf[off] & 0x0F;
    }

    /** The i-th contributing source. */
    public int csrc(int i) {
        Objects.checkIndex(i, csrcCount());
        return u32(buf, off + FIXED_HEADER_LENGTH + 4 * i);
    }

    /** The M bit. */
    public boolean marker() {
        return (buf[off + 1] & 0x80) != 0;
    }

    /** The 7-bit payload type. */
    public int payloadType() {
        return buf[off + 1] & 0x7F;
    }

    /** The 16-bit sequence number, 0..65535. */
    public int sequenceNumber() {
        return u16(buf, off + 2);
    }

    /** The 32-bit timestamp as an unsigned value. */
    public long timestamp() {
        return u32(buf, off + 4) & 0xFFFF_FFFFL;
    }

    /** The synchronization source (compare with {@link Integer#toUnsignedLong} for display). */
    public int ssrc() {
        return u32(buf, off + 8);
    }

    /** Length of the header: fixed part, CSRCs and extension block. */
    public int headerLength() {
        return headerLength;
    }

    /** Absolute offset of the payload in {@link #buffer()}. */
    public int payloadOffset() {
        return off + headerLength;
    }

    /** Length of the payload, padding excluded. */
    public int payloadLength() {
        return len - headerLength - paddingLength;
    }

    /** Number of padding bytes at the end (0 without the P bit). */
    public int paddingLength() {
        return paddingLength;
    }

    /** Sets the M bit in place. */
    public void setMarker(boolean marker) {
        buf[off + 1] = (byte) ((buf[off + 1] & 0x7F) | (marker ? 0x80 : 0));
    }

    /** Rewrites the payload type in place (0..127). */
    public void setPayloadType(int payloadType) {
        if (payloadType < 0 || payloadType > 127) {
            throw new IllegalArgumentException("payload type out of range: " + payloadType);
        }
        buf[off + 1] = (byte) ((buf[off + 1] & 0x80) | payloadType);
    }

    /** Rewrites the sequence number in place (its low 16 bits). */
    public void setSequenceNumber(int sequenceNumber) {
        putU16(buf, off + 2, sequenceNumber);
    }

    /** Rewrites the timestamp in place (its low 32 bits). */
    public void setTimestamp(long timestamp) {
        putU32(buf, off + 4, (int) timestamp);
    }

    /** Rewrites the SSRC in place. */
    public void setSsrc(int ssrc) {
        putU32(buf, off + 8, ssrc);
    }

    /**
     * The extension block's "defined by profile" field: {@link #ONE_BYTE_PROFILE}, a two-byte
     * form value ({@code 0x100X}), something else, or {@code -1} without an extension.
     */
    public int extensionProfile() {
        return extensionStart < 0 ? -1 : u16(buf, extensionStart - 4);
    }

    /** Whether the packet carries RFC 8285 one-byte header extensions. */
    public boolean hasOneByteExtensions() {
        return extensionProfile() == ONE_BYTE_PROFILE;
    }

    /** Whether the packet carries RFC 8285 two-byte header extensions. */
    public boolean hasTwoByteExtensions() {
        int profile = extensionProfile();
        return profile >= 0 && (profile & TWO_BYTE_PROFILE_MASK) == TWO_BYTE_PROFILE;
    }

    /** Position of the first RFC 8285 element, or -1 (no extension, other profile, or none). */
    public int firstExtension() {
        return settle(extensionStart);
    }

    /** Position of the element after the one at {@code position}, or -1. */
    public int nextExtension(int position) {
        return settle(position + elementHeaderSize() + extensionLength(position));
    }

    /** Position of the first element with this id, or -1. */
    public int findExtension(int id) {
        for (int p = firstExtension(); p >= 0; p = nextExtension(p)) {
            if (extensionId(p) == id) {
                return p;
            }
        }
        return -1;
    }

    /** The id of the element at {@code position}. */
    public int extensionId(int position) {
        return hasOneByteExtensions() ? (buf[position] & 0xFF) >>> 4 : buf[position] & 0xFF;
    }

    /** The data length of the element at {@code position}. */
    public int extensionLength(int position) {
        return hasOneByteExtensions() ? (buf[position] & 0x0F) + 1 : buf[position + 1] & 0xFF;
    }

    /** Absolute offset of the data of the element at {@code position}. */
    public int extensionDataOffset(int position) {
        return position + elementHeaderSize();
    }

    /**
     * Renumbers the element at {@code position} in place. Returns false (and changes nothing) if
     * {@code newId} is not usable in the packet's form: 1..14 for one-byte, 1..255 for two-byte.
     */
    public boolean setExtensionId(int position, int newId) {
        if (hasOneByteExtensions()) {
            if (newId < 1 || newId > 14) {
                return false;
            }
            buf[position] = (byte) ((newId << 4) | (buf[position] & 0x0F));
            return true;
        }
        if (newId < 1 || newId > 255) {
            return false;
        }
        buf[position] = (byte) newId;
        return true;
    }

    /**
     * Renumbers every element in place through {@code newIdByOldId} (indexed by the sender's id;
     * the value is the receiver's id, 0 or an id beyond the array to strip the element). Stripped
     * elements are removed by moving the later ones down and padding the end of the block with
     * zero bytes, so the header length does not change (RFC 8285 §4.1 allows padding anywhere
     * between elements). Returns false and changes nothing if a new id does not fit the form.
     */
    public boolean remapExtensionIds(byte[] newIdByOldId) {
        boolean oneByte = hasOneByteExtensions();
        if (!oneByte && !hasTwoByteExtensions()) {
            return true;
        }
        int maxId = oneByte ? 14 : 255;
        for (int p = firstExtension(); p >= 0; p = nextExtension(p)) {
            int mapped = mapped(newIdByOldId, extensionId(p));
            if (mapped > maxId) {
                return false;
            }
        }
        int write = extensionStart;
        int headerSize = elementHeaderSize();
        for (int p = firstExtension(); p >= 0; ) {
            int next = nextExtension(p);
            int mapped = mapped(newIdByOldId, extensionId(p));
            if (mapped != 0) {
                int size = headerSize + extensionLength(p);
                System.arraycopy(buf, p, buf, write, size);
                buf[write] = oneByte ? (byte) ((mapped << 4) | (buf[write] & 0x0F)) : (byte) mapped;
                write += size;
            }
            p = next;
        }
        Arrays.fill(buf, write, extensionEnd, (byte) 0);
        return true;
    }

    private static int mapped(byte[] newIdByOldId, int oldId) {
        return oldId < newIdByOldId.length ? newIdByOldId[oldId] & 0xFF : 0;
    }

    private int elementHeaderSize() {
        return hasOneByteExtensions() ? 1 : 2;
    }

    /** Skips padding from {@code p} and returns the position of a complete element, or -1. */
    private int settle(int p) {
        if (p < 0) {
            return -1;
        }
        if (hasOneByteExtensions()) {
            while (p < extensionEnd) {
                int b = buf[p] & 0xFF;
                int id = b >>> 4;
                if (id == 0) {
                    p++;
                    continue;
                }
                if (id == 15 || p + 1 + (b & 0x0F) + 1 > extensionEnd) {
                    return -1;
                }
                return p;
            }
            return -1;
        }
        if (hasTwoByteExtensions()) {
            while (p < extensionEnd) {
                if (buf[p] == 0) {
                    p++;
                    continue;
                }
                if (p + 2 > extensionEnd || p + 2 + (buf[p + 1] & 0xFF) > extensionEnd) {
                    return -1;
                }
                return p;
            }
        }
        return -1;
    }

    static int u16(byte[] b, int i) {
        return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }

    static int u32(byte[] b, int i) {
        return ((b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
    }

    static void putU16(byte[] b, int i, int v) {
        b[i] = (byte) (v >>> 8);
        b[i + 1] = (byte) v;
    }

    static void putU32(byte[] b, int i, int v) {
        b[i] = (byte) (v >>> 24);
        b[i + 1] = (byte) (v >>> 16);
        b[i + 2] = (byte) (v >>> 8);
        b[i + 3] = (byte) v;
    }

    @Override
    public String toString() {
        if (buf == null || headerLength == 0) {
            return "RtpPacket[unwrapped or invalid]";
        }
        return "RtpPacket[pt=" + payloadType() + ", seq=" + sequenceNumber() + ", ts=" + timestamp()
                + ", ssrc=" + Integer.toUnsignedString(ssrc()) + ", marker=" + marker()
                + ", header=" + headerLength + ", payload=" + payloadLength() + "]";
    }
}
