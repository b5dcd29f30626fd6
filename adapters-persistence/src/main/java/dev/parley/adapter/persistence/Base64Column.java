package dev.parley.adapter.persistence;

import java.util.Base64;

/** Reads a base64 text column back into bytes, failing with a message that never quotes the column. */
final class Base64Column {

    private Base64Column() {
    }

    /**
     * The bytes {@code column} encodes (standard alphabet, padded).
     *
     * @param what names the value in the error, e.g. "stored room key"
     * @throws IllegalStateException when the column is not valid base64 (the row was damaged)
     */
    static byte[] decode(String column, String what) {
        try {
            return Base64.getDecoder().decode(column);
        } catch (IllegalArgumentException e) {
            // not chained: the decoder's message quotes the offending character
            throw new IllegalStateException(what + " is not valid base64");
        }
    }
}
