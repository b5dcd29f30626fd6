package dev.parley.domain.grant;

import java.util.Objects;

/** The outcome of an authorisation decision: {@link Allow} or {@link Deny} with its reason. */
public sealed interface Decision permits Decision.Allow, Decision.Deny {

    /** The single "allowed" outcome. */
    Decision ALLOW = new Allow();

    /** True for {@link Allow}. */
    default boolean isAllowed() {
        return this instanceof Allow;
    }

    /** Denies with {@code reason}. */
    static Decision deny(DenyReason reason) {
        return new Deny(reason);
    }

    /** The action is allowed. */
    record Allow() implements Decision {
    }

    /** The action is denied for {@code reason}. */
    record Deny(DenyReason reason) implements Decision {
        public Deny {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
