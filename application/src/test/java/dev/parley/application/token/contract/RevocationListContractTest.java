package dev.parley.application.token.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.token.port.RevocationList;
import dev.parley.domain.participant.Identity;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link RevocationList}. A persistence adapter extends this class and returns a
 * fresh, empty list from {@link #newList()}.
 */
public abstract class RevocationListContractTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Identity ALICE = Identity.of("alice");

    /** A new, empty revocation list. */
    protected abstract RevocationList newList();

    private RevocationList list;

    @BeforeEach
    void setUpList() {
        list = newList();
    }

    @Test
    void aRevokedTokenIdIsRevokedUntilItsEntryEnds() {
        list.revokeTokenId("jti-1", T0.plusSeconds(600));

        assertThat(list.isTokenIdRevoked("jti-1", T0)).isTrue();
        assertThat(list.isTokenIdRevoked("jti-1", T0.plusSeconds(599))).isTrue();
        assertThat(list.isTokenIdRevoked("jti-1", T0.plusSeconds(600))).as("until is exclusive").isFalse();
    }

    @Test
    void anotherTokenIdIsNotRevoked() {
        list.revokeTokenId("jti-1", T0.plusSeconds(600));
        assertThat(list.isTokenIdRevoked("jti-2", T0)).isFalse();
        assertThat(list.isTokenIdRevoked("JTI-1", T0)).as("ids are case-sensitive").isFalse();
    }

    @Test
    void revokingAnIdTwiceKeepsTheLaterEnd() {
        list.revokeTokenId("jti-1", T0.plusSeconds(600));
        list.revokeTokenId("jti-1", T0.plusSeconds(60));
        assertThat(list.isTokenIdRevoked("jti-1", T0.plusSeconds(300))).isTrue();
    }

    @Test
    void aSubjectRevocationCoversTokensIssuedBeforeItOnly() {
        list.revokeSubject(ALICE, "room-a", T0.plusSeconds(100), T0.plusSeconds(100_000));

        Instant now = T0.plusSeconds(200);
        assertThat(list.isSubjectRevoked(ALICE, "room-a", T0.plusSeconds(99), now)).isTrue();
        assertThat(list.isSubjectRevoked(ALICE, "room-a", T0.plusSeconds(100), now)).as("issued at the cut-off").isFalse();
        assertThat(list.isSubjectRevoked(ALICE, "room-a", T0.plusSeconds(150), now)).isFalse();
    }

    @Test
    void aSubjectRevocationCoversATokenWithoutIssueTime() {
        list.revokeSubject(ALICE, "room-a", T0.plusSeconds(100), T0.plusSeconds(100_000));
        assertThat(list.isSubjectRevoked(ALICE, "room-a", null, T0.plusSeconds(200))).isTrue();
    }

    @Test
    void aSubjectRevocationIsScopedToItsIdentityAndRoom() {
        list.revokeSubject(ALICE, "room-a", T0.plusSeconds(100), T0.plusSeconds(100_000));

        Instant now = T0.plusSeconds(200);
        assertThat(list.isSubjectRevoked(ALICE, "room-b", T0, now)).isFalse();
        assertThat(list.isSubjectRevoked(ALICE, "", T0, now)).isFalse();
        assertThat(list.isSubjectRevoked(Identity.of("bob"), "room-a", T0, now)).isFalse();
    }

    @Test
    void aSubjectRevocationEndsAtItsUntil() {
        list.revokeSubject(ALICE, "room-a", T0.plusSeconds(100), T0.plusSeconds(1000));
        assertThat(list.isSubjectRevoked(ALICE, "room-a", T0, T0.plusSeconds(999))).isTrue();
        assertThat(list.isSubjectRevoked(ALICE, "room-a", T0, T0.plusSeconds(1000))).isFalse();
    }

    @Test
    void aLaterSubjectRevocationMovesTheCutOffForward() {
        list.revokeSubject(ALICE, "room-a", T0.plusSeconds(100), T0.plusSeconds(1000));
        list.revokeSubject(ALICE, "room-a", T0.plusSeconds(500), T0.plusSeconds(2000));

        assertThat(list.isSubjectRevoked(ALICE, "room-a", T0.plusSeconds(300), T0.plusSeconds(600))).isTrue();
        assertThat(list.isSubjectRevoked(ALICE, "room-a", T0.plusSeconds(300), T0.plusSeconds(1500))).isTrue();
    }

    @Test
    void purgeDropsOnlyEntriesThatHaveEnded() {
        list.revokeTokenId("old", T0.plusSeconds(10));
        list.revokeTokenId("new", T0.plusSeconds(1000));
        list.revokeSubject(ALICE, "room-a", T0, T0.plusSeconds(10));

        assertThat(list.purgeExpired(T0.plusSeconds(10))).isEqualTo(2);
        assertThat(list.isTokenIdRevoked("new", T0.plusSeconds(20))).isTrue();
        assertThat(list.purgeExpired(T0.plusSeconds(20))).isZero();
    }

    @Test
    void identitiesAreComparedInTheirNormalForm() {
        // "é" composed (U+00E9) and decomposed (e + U+0301) are one identity (NFC).
        list.revokeSubject(Identity.of("Ren\u00e9"), "room-a", T0.plusSeconds(100), T0.plusSeconds(1000));
        assertThat(list.isSubjectRevoked(Identity.of("Rene\u0301"), "room-a", T0, T0.plusSeconds(1))).isTrue();
    }
}
