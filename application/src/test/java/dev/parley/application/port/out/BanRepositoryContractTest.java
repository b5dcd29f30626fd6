package dev.parley.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.participant.Identity;
import dev.parley.domain.room.RoomName;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link BanRepository} must show; adapters extend it. */
public abstract class BanRepositoryContractTest {

    protected static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    protected static final RoomName ROOM = RoomName.of("contract-room");
    protected static final RoomName OTHER = RoomName.of("other-room");

    private BanRepository repo;

    /** A repository over an empty store (create {@link #ROOM} and {@link #OTHER} first if the store needs them). */
    protected abstract BanRepository newRepository();

    @BeforeEach
    void setUpRepository() {
        repo = newRepository();
    }

    @Test
    void aBannedIdentityIsListedForThatRoomOnly() {
        repo.ban(ROOM, Identity.of("mallory"), T0);

        assertThat(repo.bannedFrom(ROOM)).containsExactly(Identity.of("mallory"));
        assertThat(repo.bannedFrom(OTHER)).isEmpty();
    }

    @Test
    void banningTwiceIsHarmless() {
        repo.ban(ROOM, Identity.of("mallory"), T0);
        repo.ban(ROOM, Identity.of("mallory"), T0.plusSeconds(1));

        assertThat(repo.bannedFrom(ROOM)).containsExactly(Identity.of("mallory"));
    }

    @Test
    void unbanLiftsTheBanAndSaysWhetherThereWasOne() {
        repo.ban(ROOM, Identity.of("mallory"), T0);

        assertThat(repo.unban(ROOM, Identity.of("mallory"))).isTrue();
        assertThat(repo.unban(ROOM, Identity.of("mallory"))).isFalse();
        assertThat(repo.bannedFrom(ROOM)).isEmpty();
    }

    @Test
    void removeAllForgetsTheBansOfOneRoom() {
        repo.ban(ROOM, Identity.of("a"), T0);
        repo.ban(ROOM, Identity.of("b"), T0);
        repo.ban(OTHER, Identity.of("a"), T0);

        repo.removeAll(ROOM);

        assertThat(repo.bannedFrom(ROOM)).isEmpty();
        assertThat(repo.bannedFrom(OTHER)).containsExactly(Identity.of("a"));
    }

    @Test
    void identitiesDifferingOnlyInNormalisationAreTheSameBan() {
        repo.ban(ROOM, Identity.of("jos\u0065\u0301"), T0);

        assertThat(repo.bannedFrom(ROOM)).contains(Identity.of("jos\u00e9"));
    }
}
