package dev.parley.adapter.rest.livekit;

import dev.parley.adapter.rest.json.ProtoJsonObject;
import dev.parley.application.port.in.CreateRoomCommand;
import dev.parley.domain.room.RoomName;
import dev.parley.domain.room.RoomPolicy;
import java.time.Duration;

/**
 * LiveKit's {@code CreateRoomRequest}. Parley honours {@code name}, {@code empty_timeout},
 * {@code departure_timeout}, {@code max_participants} and {@code metadata}; {@code room_preset},
 * {@code node_id}, the playout delays, {@code sync_streams} and {@code replay_enabled} are tuning
 * hints it ignores; {@code egress} and {@code agents} ask for work Parley cannot do yet, which
 * {@link #asksForUnsupportedFeature()} reports so that the caller is refused rather than ignored.
 *
 * @param emptyTimeout     seconds; 0 for the default (5 min)
 * @param departureTimeout seconds; 0 for the default (20 s)
 * @param maxParticipants  0 for no limit
 */
public record CreateRoomRequest(String name, long emptyTimeout, long departureTimeout, long maxParticipants,
        String metadata, boolean egress, boolean agents) {

    /** Reads the request. */
    public static CreateRoomRequest from(ProtoJsonObject json) {
        return new CreateRoomRequest(json.string("name"), json.uint32("empty_timeout"), json.uint32("departure_timeout"),
                json.uint32("max_participants"), json.string("metadata"), json.message("egress").isPresent(),
                json.messageCount("agents") > 0);
    }

    /** True when the request asks for automatic egress or agent dispatch, which Parley cannot do yet. */
    public boolean asksForUnsupportedFeature() {
        return egress || agents;
    }

    /** The command for the use case (name and policy are validated by the domain). */
    public CreateRoomCommand toCommand() {
        RoomPolicy defaults = RoomPolicy.defaults();
        Duration empty = emptyTimeout == 0 ? defaults.emptyTimeout() : Duration.ofSeconds(emptyTimeout);
        Duration departure = departureTimeout == 0 ? defaults.departureTimeout() : Duration.ofSeconds(departureTimeout);
        RoomPolicy policy = defaults.withTimeouts(empty, departure)
                .withMaxParticipants((int) Math.min(maxParticipants, Integer.MAX_VALUE));
        return new CreateRoomCommand(RoomName.of(name), policy, metadata);
    }
}
