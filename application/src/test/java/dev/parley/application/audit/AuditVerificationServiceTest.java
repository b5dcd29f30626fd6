package dev.parley.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.Caller;
import dev.parley.application.UseCaseException;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.RecordingAuditLog;
import dev.parley.application.service.Authorizer;
import dev.parley.domain.grant.AccessPolicy;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.trust.TrustLevel;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditVerificationServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T12:00:00Z"));
    private final RecordingAuditLog audit = new RecordingAuditLog();

    @Test
    void aSecretHolderLearnsTheFirstBrokenLinkAndTheCheckIsAudited() {
        AuditVerificationService service = new AuditVerificationService(
                () -> Optional.of(new AuditBreak(7, "CONTENT_CHANGED", "entry 7 was changed")), new Authorizer(AccessPolicy.standard(), audit, clock));

        assertThat(service.verifyAuditLog(Caller.server("APIroot"))).hasValueSatisfying(b -> assertThat(b.sequence()).isEqualTo(7));
        assertThat(audit.events()).singleElement().satisfies(e -> assertThat(e.details()).containsEntry("firstBreak", "7"));
    }

    @Test
    void anIntactChainIsReportedAsSuch() {
        AuditVerificationService service = new AuditVerificationService(Optional::empty, new Authorizer(AccessPolicy.standard(), audit, clock));

        assertThat(service.verifyAuditLog(Caller.server("APIroot"))).isEmpty();
        assertThat(audit.events()).singleElement().satisfies(e -> assertThat(e.details()).containsEntry("intact", "true"));
    }

    @Test
    void aTokenHolderMayNotVerify() {
        AuditVerificationService service = new AuditVerificationService(Optional::empty, new Authorizer(AccessPolicy.standard(), audit, clock));
        Caller admin = Caller.withGrant(TrustLevel.SERVER, "key:APIroot", VideoGrant.builder().roomAdmin(true).room("r").build());

        assertThatThrownBy(() -> service.verifyAuditLog(admin))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.code()).isEqualTo("trust_level_insufficient"));
        assertThat(audit.events()).singleElement().satisfies(e -> assertThat(e.reasonCode()).isEqualTo("trust_level_insufficient"));
    }
}
