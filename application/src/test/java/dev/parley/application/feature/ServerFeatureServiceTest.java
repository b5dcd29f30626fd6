package dev.parley.application.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.Caller;
import dev.parley.application.UseCaseException;
import dev.parley.application.fake.InMemoryRoomRepository;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.RecordingAuditLog;
import dev.parley.application.service.Authorizer;
import dev.parley.domain.audit.AuditOutcome;
import dev.parley.domain.grant.AccessPolicy;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.key.KeyPolicy;
import dev.parley.domain.room.Feature;
import dev.parley.domain.room.Room;
import dev.parley.domain.room.RoomName;
import dev.parley.domain.room.RoomPolicy;
import dev.parley.domain.trust.TrustLevel;
import java.time.Instant;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every content feature under every key policy, with the room allowing every feature. */
class ServerFeatureServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final InMemoryRoomRepository rooms = new InMemoryRoomRepository();
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final ServerFeatureService service =
            new ServerFeatureService(rooms, new Authorizer(AccessPolicy.standard(), audit, clock));
    private final Caller recorder = Caller.withGrant(TrustLevel.SERVER, "APIrec",
            VideoGrant.builder().roomRecord(true).build());

    static Stream<Arguments> contentFeaturesUnderEveryPolicy() {
        return EnumSet.allOf(Feature.class).stream().filter(Feature::needsContent)
                .flatMap(f -> Stream.of(KeyPolicy.values()).map(p -> Arguments.of(f, p)));
    }

    private void room(KeyPolicy policy) {
        rooms.add(Room.create(RoomName.of("r"), "RM_r", RoomPolicy.defaults().withKeyPolicy(policy)
                .withAllowedFeatures(EnumSet.allOf(Feature.class)), "", clock.instant()));
    }

    @ParameterizedTest(name = "{0} under {1}")
    @MethodSource("contentFeaturesUnderEveryPolicy")
    void contentFeaturesAreRefusedUnderEveryEndToEndPolicyWithTheirOwnCode(Feature feature, KeyPolicy policy) {
        room(policy);
        UseCaseException e = org.junit.jupiter.api.Assertions.assertThrows(UseCaseException.class,
                () -> service.startFeature(recorder, RoomName.of("r"), feature));
        if (policy.isEndToEnd()) {
            assertThat(e.code()).isEqualTo("feature_unavailable_e2ee");
            assertThat(e.kind()).isEqualTo(UseCaseException.Kind.DENIED);
            assertThat(audit.events()).anyMatch(a -> a.outcome() == AuditOutcome.DENIED
                    && a.reasonCode().equals("feature_unavailable_e2ee") && a.details().get("keyPolicy").equals(policy.name()));
        } else {
            assertThat(e.code()).isEqualTo("feature_not_available");
            assertThat(e.kind()).isEqualTo(UseCaseException.Kind.UNAVAILABLE);
        }
    }

    @Test
    void aFeatureTheRoomDoesNotAllowIsRefusedAsNotAllowed() {
        rooms.add(Room.create(RoomName.of("r"), "RM_r", RoomPolicy.defaults(), "", clock.instant()));
        assertThatThrownBy(() -> service.startFeature(recorder, RoomName.of("r"), Feature.RECORDING))
                .isInstanceOf(UseCaseException.class).extracting("code").isEqualTo("feature_not_allowed");
    }

    @Test
    void startingAFeatureNeedsRoomRecord() {
        room(KeyPolicy.NONE);
        Caller participant = Caller.withGrant(TrustLevel.PARTICIPANT, "alice", VideoGrant.join("r"));
        assertThatThrownBy(() -> service.startFeature(participant, RoomName.of("r"), Feature.RECORDING))
                .isInstanceOf(UseCaseException.class).extracting("kind").isEqualTo(UseCaseException.Kind.DENIED);
    }

    @Test
    void nonContentFeaturesAreNotStartedThisWay() {
        room(KeyPolicy.NONE);
        assertThatThrownBy(() -> service.startFeature(recorder, RoomName.of("r"), Feature.CHAT))
                .isInstanceOf(UseCaseException.class).extracting("code").isEqualTo("feature_not_startable");
    }
}
