package dev.parley.adapter.media.srtp;

import java.util.Random;

/** Builds plain RTP and RTCP test packets in buffers with room for SRTP overhead. */
final class Packets {

    static final int SPARE = 32;

    private Packets() {
    }

    /**
     * An RTP packet with 2 CSRCs and a one-byte header extension (so SRTP must authenticate, and
     * with GCM use as AAD, the full header) and a seeded random payload.
     */
    static byte[] rtp(int ssrc, int seq, int payloadLength, long seed) {
        int header = 12 + 8 + 4 + 8;
        byte[] buf = new byte[header + payloadLength + SPARE];
        buf[0] = (byte) 0x92; // V=2, X=1, CC=2
        buf[1] = (byte) 111;
        buf[2] = (byte) (seq >>> 8);
        buf[3] = (byte) seq;
        put(buf, 4, seq * 960);
        put(buf, 8, ssrc);
        put(buf, 12, 0x11111111);
        put(buf, 16, 0x22222222);
        buf[20] = (byte) 0xBE;
        buf[21] = (byte) 0xDE;
        buf[23] = 2; // two words of elements
        buf[24] = 0x10; // id 1, one byte
        buf[25] = (byte) 0x7F;
        buf[26] = 0x31; // id 3, two bytes
        buf[27] = 1;
        buf[28] = 2;
        byte[] payload = new byte[payloadLength];
        new Random(seed).nextBytes(payload);
        System.arraycopy(payload, 0, buf, header, payloadLength);
        return buf;
    }

    static int rtpLength(int payloadLength) {
        return 12 + 8 + 4 + 8 + payloadLength;
    }

    /** A receiver report from {@code ssrc} with one report block, followed by a PLI. */
    static byte[] rtcp(int ssrc, long seed) {
        byte[] buf = new byte[rtcpLength() + SPARE];
        buf[0] = (byte) 0x81;
        buf[1] = (byte) 201;
        buf[3] = 7;
        put(buf, 4, ssrc);
        byte[] block = new byte[24];
        new Random(seed).nextBytes(block);
        System.arraycopy(block, 0, buf, 8, 24);
        buf[32] = (byte) 0x81;
        buf[33] = (byte) 206;
        buf[35] = 2;
        put(buf, 36, ssrc);
        put(buf, 40, 0x0BADCAFE);
        return buf;
    }

    static int rtcpLength() {
        return 44;
    }

    static void put(byte[] b, int i, int v) {
        b[i] = (byte) (v >>> 24);
        b[i + 1] = (byte) (v >>> 16);
        b[i + 2] = (byte) (v >>> 8);
        b[i + 3] = (byte) v;
    }
}
