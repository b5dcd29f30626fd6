package dev.parley.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.grant.TrackSource;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.Participant;
import dev.parley.domain.participant.ParticipantKind;
import dev.parley.domain.room.RoomName;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link ParticipantRepository} must show; adapters extend it. */
public abstract class ParticipantRepositoryContractTest {

    protected static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    protected static final RoomName ROOM = RoomName.of("contract-room");

    private ParticipantRepository repo;

    /**
     * A repository over an empty store. Stores that need the room to exist first (foreign keys)
     * create {@link #ROOM} and {@code other-room} here.
     */
    protected abstract ParticipantRepository newRepository();

    @BeforeEach
    void setUpRepository() {
        repo = newRepository();
    }

    protected static Participant participant(String identity) {
        return new Participant(Identity.of(identity), "PA_" + identity, identity.toUpperCase(), "", Map.of(),
                ParticipantKind.STANDARD, VideoGrant.join(ROOM.value()), T0);
    }

    @Test
    void anUnknownRoomHasAnEmptyRoster() {
        assertThat(repo.rosterOf(RoomName.of("nobody-here")).size()).isZero();
    }

    @Test
    void aParticipantComesBackWithEveryFieldIntact() {
        VideoGrant grant = VideoGrant.join(ROOM.value()).toBuilder()
                .canPublish(true).canSubscribe(null).canPublishData(false)
                .canPublishSources(EnumSet.of(TrackSource.CAMERA, TrackSource.SCREEN_SHARE_AUDIO))
                .canUpdateOwnMetadata(true).hidden(true).recorder(true).agent(true).build();
        Participant p = new Participant(Identity.of("zo\u00eb"), "PA_1", "Zo\u00eb \u2603", "{\"x\":1}",
                Map.of("role", "host", "lang", "fr"), ParticipantKind.AGENT, grant, T0);

        repo.put(ROOM, p);

        assertThat(repo.rosterOf(ROOM).find(Identity.of("zo\u00eb"))).contains(p);
    }

    @Test
    void putReplacesTheParticipantWithTheSameIdentity() {
        repo.put(ROOM, participant("ann"));
        Participant newer = new Participant(Identity.of("ann"), "PA_2", "Ann 2", "", Map.of(),
                ParticipantKind.STANDARD, VideoGrant.join(ROOM.value()), T0.plusSeconds(5));

        repo.put(ROOM, newer);

        assertThat(repo.rosterOf(ROOM).all()).containsExactly(newer);
    }

    @Test
    void rostersOfDifferentRoomsAreSeparate() {
        RoomName other = RoomName.of("other-room");
        repo.put(ROOM, participant("ann"));
        repo.put(other, participant("bob"));

        assertThat(repo.rosterOf(ROOM).all()).extracting(p -> p.identity().value()).containsExactly("ann");
        assertThat(repo.rosterOf(other).all()).extracting(p -> p.identity().value()).containsExactly("bob");
    }

    @Test
    void removeTakesOutOnlyThatIdentityAndSaysWhetherItWasThere() {
        repo.put(ROOM, participant("ann"));
        repo.put(ROOM, participant("bob"));

        assertThat(repo.remove(ROOM, Identity.of("ann"))).isTrue();
        assertThat(repo.remove(ROOM, Identity.of("ann"))).isFalse();
        assertThat(repo.rosterOf(ROOM).all()).extracting(p -> p.identity().value()).containsExactly("bob");
    }

    @Test
    void removeAllEmptiesOneRoomOnly() {
        RoomName other = RoomName.of("other-room");
        repo.put(ROOM, participant("ann"));
        repo.put(ROOM, participant("bob"));
        repo.put(other, participant("cy"));

        repo.removeAll(ROOM);

        assertThat(repo.rosterOf(ROOM).size()).isZero();
        assertThat(repo.rosterOf(other).size()).isEqualTo(1);
    }
}
