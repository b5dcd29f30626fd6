package dev.parley.application.token.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.Caller;
import dev.parley.application.UseCaseException;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.RecordingAuditLog;
import dev.parley.application.service.Authorizer;
import dev.parley.application.token.KeyRingService;
import dev.parley.domain.grant.AccessPolicy;
import dev.parley.application.token.TokenPolicy;
import dev.parley.application.token.fake.FakeKeyMaterialGenerator;
import dev.parley.application.token.fake.FakeSecretSealer;
import dev.parley.application.token.fake.InMemoryKeyRingStore;
import dev.parley.application.token.key.KeyState;
import dev.parley.application.token.key.TokenAlgorithm;
import dev.parley.domain.audit.AuditOutcome;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.trust.TrustLevel;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class KeyAdministrationServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T12:00:00Z"));
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final KeyAdministrationService admin = new KeyAdministrationService(
            new KeyRingService(new InMemoryKeyRingStore(), new FakeSecretSealer(), new FakeKeyMaterialGenerator(5), clock,
                    TokenPolicy.defaults()), new Authorizer(AccessPolicy.standard(), audit, clock));
    private final Caller signed = Caller.server("APIroot");

    @Test
    void anApiSecretHolderCreatesRotatesAndRevokesKeysAndEachStepIsAudited() {
        var created = admin.createKey(signed, TokenAlgorithm.HS256);
        assertThat(created.secret().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThanOrEqualTo(32);

        var rotated = admin.rotateKey(signed, created.key().id());
        var revoked = admin.revokeKey(signed, created.key().id());

        assertThat(rotated.key().id()).isNotEqualTo(created.key().id());
        assertThat(revoked.state()).isEqualTo(KeyState.REVOKED);
        assertThat(admin.listKeys(signed)).extracting(k -> k.id()).contains(created.key().id(), rotated.key().id());
        assertThat(audit.events()).extracting(e -> e.action()).containsExactly("key.create", "key.rotate", "key.revoke");
        assertThat(audit.events().toString()).doesNotContain(created.secret()).doesNotContain(rotated.secret());
    }

    @Test
    void aBearerTokenEvenWithEveryGrantCannotAdministerKeys() {
        Caller tokenHolder = Caller.withGrant(TrustLevel.SERVER, "key:APIroot", VideoGrant.builder()
                .roomCreate(true).roomList(true).roomAdmin(true).room("r").build());

        assertThatThrownBy(() -> admin.createKey(tokenHolder, TokenAlgorithm.HS256))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.code()).isEqualTo("trust_level_insufficient"));
        assertThatThrownBy(() -> admin.listKeys(tokenHolder)).isInstanceOf(UseCaseException.class);
        assertThat(audit.events()).allSatisfy(e -> assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED));
    }
}
