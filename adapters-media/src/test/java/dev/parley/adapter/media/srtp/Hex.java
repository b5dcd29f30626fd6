package dev.parley.adapter.media.srtp;

import java.util.HexFormat;

/** Hex helpers for test vectors written as in the RFCs (spaces and line breaks allowed). */
final class Hex {

    private Hex() {
    }

    static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replaceAll("\\s+", ""));
    }

    static String of(byte[] bytes, int off, int len) {
        return HexFormat.of().formatHex(bytes, off, off + len);
    }

    /** {@code hex} in a buffer with {@code spare} free bytes after it. */
    static byte[] buffer(String hex, int spare) {
        byte[] data = bytes(hex);
        byte[] buf = new byte[data.length + spare];
        System.arraycopy(data, 0, buf, 0, data.length);
        return buf;
    }
}
