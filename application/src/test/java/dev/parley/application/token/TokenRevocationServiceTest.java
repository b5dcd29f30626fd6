package dev.parley.application.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.token.fake.InMemoryRevocationList;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.token.fake.TestClaims;
import dev.parley.domain.participant.Identity;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import dev.parley.application.token.model.TokenClaims;

/** How long {@link TokenRevocationService} keeps a revocation, and what it covers. */
class TokenRevocationServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryRevocationList list = new InMemoryRevocationList();
    private final TokenRevocationService service = new TokenRevocationService(list, clock, TokenPolicy.defaults());

    @Test
    void aTokenWithJtiIsRevokedByIdUntilItsExpiryPlusLeeway() {
        TokenClaims claims = TestClaims.at(NOW).tokenId("jti-1").build();
        service.revoke(claims);
        Instant exp = claims.expiresAt();
        assertThat(list.isTokenIdRevoked("jti-1", exp.plusSeconds(59))).isTrue();
        assertThat(list.isTokenIdRevoked("jti-1", exp.plusSeconds(60))).isFalse();
        assertThat(list.isSubjectRevoked(Identity.of("alice"), "room-a", NOW.minusSeconds(1), NOW)).isFalse();
    }

    @Test
    void aTokenWithoutJtiIsRevokedByIdentityAndRoomForEveryTokenIssuedUntilNow() {
        service.revoke(TestClaims.at(NOW.minusSeconds(10)).build());
        assertThat(list.isSubjectRevoked(Identity.of("alice"), "room-a", NOW.minusSeconds(1), NOW)).isTrue();
        assertThat(list.isSubjectRevoked(Identity.of("alice"), "room-a", NOW.minusSeconds(1),
                NOW.plus(Duration.ofHours(24)).plusSeconds(119))).isTrue();
        assertThat(list.isSubjectRevoked(Identity.of("alice"), "room-a", NOW.plusSeconds(1), NOW.plusSeconds(2))).isFalse();
    }

    @Test
    void aTokenWithNeitherJtiNorIdentityCannotBeRevokedThisWay() {
        assertThatThrownBy(() -> service.revoke(TestClaims.at(NOW).subject(null).build())).isInstanceOf(IllegalArgumentException.class);
    }
}
