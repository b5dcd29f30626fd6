package dev.parley.adapter.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Checks and conversions applied to every value on its way into a column, so that both databases
 * store exactly the same thing and a value that cannot be stored fails here, with a message that
 * names the field and never contains the value (error messages end up in logs).
 */
final class Columns {

    private Columns() {
    }

    /**
     * The instant as stored: truncated to microseconds, the precision of PostgreSQL's
     * {@code timestamp} (H2 is declared with the same precision). Truncated rather than rounded
     * by the driver, so both databases agree and a stored instant never lies in the future of
     * the one given.
     */
    static Instant instant(Instant value) {
        return value == null ? null : value.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The instant as stored, rounded up to the next microsecond instead of truncated: for bounds
     * that must not shrink (the end of a revocation, the issue-time cut-off it covers), so that
     * what is stored covers at least what was asked.
     */
    static Instant instantCeiling(Instant value) {
        if (value == null) {
            return null;
        }
        Instant truncated = value.truncatedTo(ChronoUnit.MICROS);
        return truncated.equals(value) ? truncated : truncated.plus(1, ChronoUnit.MICROS);
    }

    /**
     * {@code value} if it fits a {@code VARCHAR(maxChars)} column and both databases can store it
     * unchanged: no U+0000 (PostgreSQL refuses it in text) and no unpaired surrogate (it would
     * reach PostgreSQL as '?').
     */
    static String text(String value, int maxChars, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        int codePoints = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                throw new IllegalArgumentException(field + " cannot be stored: it contains U+0000");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(field + " cannot be stored: it contains an unpaired surrogate");
            }
            codePoints++;
        }
        // H2 counts UTF-16 units, PostgreSQL code points: the column must hold the larger count.
        if (value.length() > maxChars) {
            throw new IllegalArgumentException(field + " is longer than " + maxChars + " characters (" + codePoints
                    + " code points, " + value.length() + " UTF-16 units)");
        }
        return value;
    }
}
