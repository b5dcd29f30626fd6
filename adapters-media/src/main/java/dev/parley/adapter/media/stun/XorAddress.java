package dev.parley.adapter.media.stun;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * XOR-MAPPED-ADDRESS value codec (RFC 8489 §14.2): family 0x01 (IPv4, 4 address bytes) or 0x02
 * (IPv6, 16), port xored with the cookie's high 16 bits, address xored with the cookie (IPv4) or
 * the cookie followed by the transaction id (IPv6).
 */
public final class XorAddress {

    /** Family byte of IPv4. */
    public static final int FAMILY_IPV4 = 0x01;
    /** Family byte of IPv6. */
    public static final int FAMILY_IPV6 = 0x02;

    private XorAddress() {
    }

    /** Length of the attribute value for {@code address}: 8 (IPv4) or 20 (IPv6). */
    public static int valueLength(InetAddress address) {
        return address instanceof Inet4Address ? 8 : 20;
    }

    /**
     * Writes the value for {@code address} at {@code out[valueOff...]}; the transaction id is read from
     * the message header at {@code out[msgOff+8, msgOff+20)}.
     */
    public static void encode(InetSocketAddress address, byte[] out, int valueOff, int msgOff) {
        InetAddress ip = address.getAddress();
        byte[] raw = ip.getAddress();
        out[valueOff] = 0;
        out[valueOff + 1] = (byte) (raw.length == 4 ? FAMILY_IPV4 : FAMILY_IPV6);
        int xport = address.getPort() ^ (StunMessage.MAGIC_COOKIE >>> 16);
        out[valueOff + 2] = (byte) (xport >>> 8);
        out[valueOff + 3] = (byte) xport;
        for (int i = 0; i < raw.length; i++) {
            out[valueOff + 4 + i] = (byte) (raw[i] ^ out[msgOff + 4 + i]);
        }
    }

    /** Checks family and length (§14.2) without decoding. */
    static void checkFormat(byte[] buf, int valueOff, int length) throws StunFormatException {
        if (length < 4) {
            throw new StunFormatException("XOR-MAPPED-ADDRESS too short (RFC 8489 §14.2)");
        }
        int family = buf[valueOff + 1] & 0xFF;
        if (!(family == FAMILY_IPV4 && length == 8) && !(family == FAMILY_IPV6 && length == 20)) {
            throw new StunFormatException("XOR-MAPPED-ADDRESS family/length mismatch (RFC 8489 §14.2)");
        }
    }

    /** Decodes a value already checked by {@link #checkFormat}; {@code msgOff} locates the cookie and transaction id. */
    static InetSocketAddress decode(byte[] buf, int valueOff, int length, int msgOff) {
        int port = StunMessage.readShort(buf, valueOff + 2) ^ (StunMessage.MAGIC_COOKIE >>> 16);
        byte[] raw = new byte[length - 4];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (byte) (buf[valueOff + 4 + i] ^ buf[msgOff + 4 + i]);
        }
        try {
            InetAddress ip = raw.length == 4 ? InetAddress.getByAddress(raw) : Inet6Address.getByAddress(null, raw, null);
            return new InetSocketAddress(ip, port);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("address length checked by checkFormat", e);
        }
    }
}
