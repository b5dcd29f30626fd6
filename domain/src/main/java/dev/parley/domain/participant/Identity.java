package dev.parley.domain.participant;

import dev.parley.domain.DomainViolation;
import dev.parley.domain.Limits;
import dev.parley.domain.Text;

/**
 * A participant's identity (the token's {@code sub}), unique within a room. Non-empty, at most
 * 256 characters, free of control, invisible and direction-changing characters and of unpaired
 * surrogates, and held in Unicode NFC so that two spellings of the same name cannot be two
 * participants (nor two look-alike names pass for one).
 */
public record Identity(String value) implements Comparable<Identity> {

    public Identity {
        if (value == null || value.isEmpty()) {
            throw new DomainViolation("identity_invalid", "identity must not be empty");
        }
        if (isPrintableAscii(value)) {
            // Fast path for the common case (this runs on every token verification): printable
            // ASCII is already NFC and holds no control, format or surrogate character.
            if (value.length() > Limits.MAX_IDENTITY_LENGTH) {
                throw new DomainViolation("identity_invalid", "identity is longer than " + Limits.MAX_IDENTITY_LENGTH + " characters");
            }
            if (value.isBlank()) {
                throw new DomainViolation("identity_invalid", "identity must not be blank");
            }
        } else {
            value = checkedUnicode(value);
        }
    }

    private static boolean isPrintableAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    private static String checkedUnicode(String raw) {
        if (Text.hasInvisibleOrBrokenCharacter(raw)) {
            throw new DomainViolation("identity_invalid",
                    "identity must not contain invisible or direction-changing characters or unpaired surrogates");
        }
        String value = Text.nfc(raw);
        if (value.codePointCount(0, value.length()) > Limits.MAX_IDENTITY_LENGTH) {
            throw new DomainViolation("identity_invalid", "identity is longer than " + Limits.MAX_IDENTITY_LENGTH + " characters");
        }
        if (Text.hasControlCharacter(value)) {
            throw new DomainViolation("identity_invalid", "identity must not contain control characters");
        }
        if (Text.isBlankUnicode(value)) {
            throw new DomainViolation("identity_invalid", "identity must not be blank");
        }
        return value;
    }

    /** Parses an identity, failing with {@code identity_invalid}. */
    public static Identity of(String value) {
        return new Identity(value);
    }

    @Override
    public int compareTo(Identity o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
