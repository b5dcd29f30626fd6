package dev.parley.adapter.media.stun;

import java.util.zip.CRC32;

/** The FINGERPRINT value (RFC 8489 §14.7): CRC-32 (ISO HDLC, as in {@link CRC32}) of the message before the attribute, xor 0x5354554E. */
public final class StunFingerprint {

    /** The constant the CRC is xored with: "STUN" in ASCII. */
    public static final int XOR = 0x5354554E;

    private static final ThreadLocal<CRC32> CRC = ThreadLocal.withInitial(CRC32::new);

    private StunFingerprint() {
    }

    /** The fingerprint of {@code msg[off, off+prefixLength)}; the header's length field must already count the FINGERPRINT attribute. */
    public static int compute(byte[] msg, int off, int prefixLength) {
        CRC32 crc = CRC.get();
        crc.reset();
        crc.update(msg, off, prefixLength);
        return (int) crc.getValue() ^ XOR;
    }
}
