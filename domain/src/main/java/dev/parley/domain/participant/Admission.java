package dev.parley.domain.participant;

import dev.parley.domain.grant.DenyReason;
import java.util.Objects;
import java.util.Optional;

/** The outcome of asking a roster to admit a participant. */
public sealed interface Admission permits Admission.Admitted, Admission.Refused {

    /** Admitted: the new roster and, under REPLACE_EXISTING, the session it replaced. */
    record Admitted(Roster roster, Optional<Participant> replaced) implements Admission {
        public Admitted {
            Objects.requireNonNull(roster, "roster");
            Objects.requireNonNull(replaced, "replaced");
        }
    }

    /** Refused for {@code reason}. */
    record Refused(DenyReason reason) implements Admission {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
