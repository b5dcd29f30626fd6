package dev.parley.application.feature;

import dev.parley.application.Caller;
import dev.parley.application.UseCaseException;
import dev.parley.application.port.out.RoomRepository;
import dev.parley.application.service.Authorizer;
import dev.parley.domain.grant.Action;
import dev.parley.domain.grant.Decision;
import dev.parley.domain.grant.FeaturePolicy;
import dev.parley.domain.room.Feature;
import dev.parley.domain.room.Room;
import dev.parley.domain.room.RoomName;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Decides server-side content features: the caller's grant (roomRecord for the room), then the
 * room's policy through {@link FeaturePolicy} (E2EE first, then the room's allow list). No
 * content feature is built into this release, so an allowed request is answered
 * {@code feature_not_available} rather than pretending to record.
 */
public final class ServerFeatureService implements StartServerFeatureUseCase {

    private final RoomRepository rooms;
    private final Authorizer authorizer;

    public ServerFeatureService(RoomRepository rooms, Authorizer authorizer) {
        this.rooms = Objects.requireNonNull(rooms, "rooms");
        this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
    }

    @Override
    public void startFeature(Caller caller, RoomName name, Feature feature) {
        String auditAction = "feature." + feature.name().toLowerCase(Locale.ROOT);
        Map<String, String> details = Map.of("feature", feature.name());
        if (!feature.needsContent()) {
            throw new UseCaseException(UseCaseException.Kind.INVALID, "feature_not_startable",
                    feature + " is not a server-side content feature");
        }
        authorizer.require(caller, new Action.RecordRoom(name), auditAction, name.value(), details);
        Room room = rooms.find(name).filter(r -> !r.isEnded()).orElseThrow(() -> UseCaseException.roomNotFound(name.value()));
        Decision decision = FeaturePolicy.decide(room.policy(), feature);
        if (decision instanceof Decision.Deny deny) {
            authorizer.recordDenial(caller, auditAction, deny.reason().code(), name.value(),
                    Map.of("feature", feature.name(), "keyPolicy", room.policy().keyPolicy().name()));
            throw UseCaseException.denied(deny.reason());
        }
        throw new UseCaseException(UseCaseException.Kind.UNAVAILABLE, "feature_not_available",
                feature + " is allowed in this room but not provided by this Parley release");
    }
}
