package dev.parley.application.token.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.Caller;
import dev.parley.application.UseCaseException;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.RecordingAuditLog;
import dev.parley.application.service.Authorizer;
import dev.parley.application.token.KeyRing;
import dev.parley.application.token.KeyRingService;
import dev.parley.application.token.MintTokenCommand;
import dev.parley.application.token.TokenMintingService;
import dev.parley.application.token.TokenPolicy;
import dev.parley.application.token.fake.FakeJwtCodec;
import dev.parley.application.token.fake.FakeKeyMaterialGenerator;
import dev.parley.application.token.fake.FakeSecretSealer;
import dev.parley.application.token.fake.InMemoryKeyRingStore;
import dev.parley.domain.audit.AuditOutcome;
import dev.parley.domain.grant.AccessPolicy;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.trust.TrustLevel;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenIssuingServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T12:00:00Z"));
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private TokenIssuingService issuing;

    @BeforeEach
    void setUp() {
        InMemoryKeyRingStore store = new InMemoryKeyRingStore();
        FakeSecretSealer sealer = new FakeSecretSealer();
        new KeyRingService(store, sealer, new FakeKeyMaterialGenerator(3), clock, TokenPolicy.defaults())
                .importSecret("APIissuer", "issuer-secret-0123456789-abcdefghijklmn");
        TokenMintingService minting = new TokenMintingService(new FakeJwtCodec(), new KeyRing(store, sealer), clock, TokenPolicy.defaults());
        issuing = new TokenIssuingService(minting, new Authorizer(AccessPolicy.standard(), audit, clock));
    }

    private static MintTokenCommand join(String room, VideoGrant grant) {
        return MintTokenCommand.builder().identity(Identity.of("ann")).room(room).grants(grant).build();
    }

    private static Caller admin(String room) {
        return Caller.withGrant(TrustLevel.SERVER, "key:APIissuer/boss", VideoGrant.builder().roomAdmin(true).room(room).build());
    }

    private static String denial(Runnable r) {
        try {
            r.run();
        } catch (UseCaseException e) {
            assertThat(e.kind()).isEqualTo(UseCaseException.Kind.DENIED);
            return e.code();
        }
        throw new AssertionError("not denied");
    }

    @Test
    void anApiSecretHolderMayIssueAnyTokenAndItIsAudited() {
        var minted = issuing.issue(Caller.server("APIissuer"), join("r1", VideoGrant.join("r1").toBuilder().roomCreate(true).build()));

        assertThat(minted.claims().video().roomCreate()).isTrue();
        assertThat(audit.events()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("token.mint");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.ALLOWED);
            assertThat(e.details()).containsEntry("identity", "ann");
        });
    }

    @Test
    void aRoomAdminMayIssueJoinTokensForItsOwnRoom() {
        var minted = issuing.issue(admin("r1"), join("r1", VideoGrant.join("r1")));

        assertThat(minted.claims().video().room()).isEqualTo("r1");
    }

    @Test
    void aRoomAdminCannotIssueForAnotherRoom() {
        assertThat(denial(() -> issuing.issue(admin("r1"), join("r2", VideoGrant.join("r2"))))).isEqualTo("grant_room_mismatch");
    }

    @Test
    void aRoomAdminCannotEscalateToServerWideGrants() {
        assertThat(denial(() -> issuing.issue(admin("r1"), join("r1", VideoGrant.join("r1").toBuilder().roomCreate(true).build()))))
                .isEqualTo("grant_escalation");
        assertThat(denial(() -> issuing.issue(admin("r1"), join("r1", VideoGrant.join("r1").toBuilder().roomList(true).build()))))
                .isEqualTo("grant_escalation");
        assertThat(denial(() -> issuing.issue(admin("r1"), join("r1", VideoGrant.join("r1").toBuilder().destinationRoom("r9").build()))))
                .isEqualTo("grant_escalation");
        assertThat(audit.events()).filteredOn(e -> e.outcome() == AuditOutcome.DENIED).hasSize(3);
    }

    @Test
    void aParticipantTokenCannotIssueTokens() {
        Caller participant = Caller.withGrant(TrustLevel.PARTICIPANT, "ann", VideoGrant.join("r1"));

        assertThat(denial(() -> issuing.issue(participant, join("r1", VideoGrant.join("r1"))))).isEqualTo("room_admin_not_granted");
    }

    @Test
    void aTokenCallerMustNameTheRoom() {
        assertThat(denial(() -> issuing.issue(admin("r1"), MintTokenCommand.builder().build()))).isEqualTo("grant_room_missing");
    }
}
