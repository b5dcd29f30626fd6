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
        if (Text.hasInvisibleOrBrokenCharacter(value)) {
            throw new DomainViolation("identity_invalid",
                    "identity must not contain invisible or direction-changing characters or unpaired surrogates");
        }
        value = Text.nfc(value);
        if (value.codePointCount(0, value.length()) > Limits.MAX_IDENTITY_LENGTH) {
            throw new DomainViolation("identity_invalid", "identity is longer than " + Limits.MAX_IDENTITY_LENGTH + " characters");
        }
        if (Text.hasControlCharacter(value)) {
            throw new DomainViolation("identity_invalid", "identity must not contain control characters");
        }
        if (Text.isBlankUnicode(value)) {
            throw new DomainViolation("identity_invalid", "identity must not be blank");
        }
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
