package dev.parley.adapter.media.rtp;

import java.util.Objects;

/**
 * A reusable, allocation-free cursor over the packets of an RTCP compound packet. {@link #wrap}
 * first checks the framing of the whole datagram as RFC 3550 Appendix A.2 does: version 2 in every
 * packet, lengths that add up exactly to the datagram, padding only on the last packet and never
 * longer than its packet. Reduced-size RTCP (RFC 5506) is accepted, so the first packet need not be
 * an SR or RR.
 *
 * <pre>{@code
 * compound.wrap(buf, off, len);          // throws RtcpFormatException if malformed
 * while (compound.next()) {
 *     switch (compound.packetType()) { ... compound.packetOffset() ... }
 * }
 * }</pre>
 */
public final class RtcpCompound {

    /** Length of the common RTCP header (V, P, count, PT, length). */
    public static final int HEADER_LENGTH = 4;

    private byte[] buf;
    private int end;
    private int nextOffset;
    private int current = -1;
    private int currentLength;

    /**
     * Validates the framing of {@code buf[off, off + len)} and positions the cursor before the
     * first packet.
     *
     * @throws RtcpFormatException if the datagram is not a well-framed compound packet
     * @throws IndexOutOfBoundsException if the range is not inside {@code buf} (a caller bug)
     */
    public RtcpCompound wrap(byte[] buf, int off, int len) throws RtcpFormatException {
        Objects.checkFromIndexSize(off, len, buf.length);
        validate(buf, off, len);
        this.buf = buf;
        this.end = off + len;
        this.nextOffset = off;
        this.current = -1;
        this.currentLength = 0;
        return this;
    }

    /** Number of packets in a compound, or throws if it is malformed. */
    public static int validate(byte[] buf, int off, int len) throws RtcpFormatException {
        if (len < HEADER_LENGTH) {
            throw new RtcpFormatException("shorter than an RTCP header");
        }
        int end = off + len;
        int p = off;
        int packets = 0;
        while (p < end) {
            if (end - p < HEADER_LENGTH) {
                throw new RtcpFormatException("trailing bytes after packet " + packets);
            }
            int first = buf[p] & 0xFF;
            if ((first >>> 6) != 2) {
                throw new RtcpFormatException("version is not 2 in packet " + packets);
            }
            int size = (RtpPacket.u16(buf, p + 2) + 1) * 4;
            if (size > end - p) {
                throw new RtcpFormatException("packet " + packets + " runs past the datagram");
            }
            if ((first & 0x20) != 0) {
                if (p + size != end) {
                    throw new RtcpFormatException("padding on packet " + packets + " which is not the last");
                }
                int padding = buf[p + size - 1] & 0xFF;
                if (padding == 0 || padding > size - HEADER_LENGTH) {
                    throw new RtcpFormatException("bad padding count in packet " + packets);
                }
            }
            p += size;
            packets++;
        }
        return packets;
    }

    /** Advances to the next packet; false when there is none. */
    public boolean next() {
        if (buf == null || nextOffset >= end) {
            current = -1;
            return false;
        }
        current = nextOffset;
        currentLength = (RtpPacket.u16(buf, current + 2) + 1) * 4;
        nextOffset = current + currentLength;
        return true;
    }

    /** The wrapped buffer. */
    public byte[] buffer() {
        return buf;
    }

    /** Absolute offset of the current packet. */
    public int packetOffset() {
        return current;
    }

    /** Length of the current packet in bytes, header and padding included. */
    public int packetLength() {
        return currentLength;
    }

    /** Length of the current packet without its padding. */
    public int contentLength() {
        return hasPadding() ? currentLength - (buf[current + currentLength - 1] & 0xFF) : currentLength;
    }

    /** The P bit of the current packet. */
    public boolean hasPadding() {
        return (buf[current] & 0x20) != 0;
    }

    /** The RC / SC / FMT field of the current packet (0..31). */
    public int count() {
        return buf[current] & 0x1F;
    }

    /** The PT field of the current packet. */
    public int packetType() {
        return buf[current + 1] & 0xFF;
    }

    /**
     * The first SSRC of the current packet (sender SSRC of SR, RR and feedback; first chunk of
     * SDES; first source of BYE), or 0 if the packet is only a header.
     */
    public int firstSsrc() {
        return currentLength >= 8 ? RtpPacket.u32(buf, current + 4) : 0;
    }
}
