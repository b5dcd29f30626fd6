package dev.parley.bootstrap.cli;

import dev.parley.domain.grant.TrackSource;
import dev.parley.domain.grant.VideoGrant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses {@code --grant name=value} pairs with LiveKit's grant field names into a
 * {@link VideoGrant}, starting from a grant to join {@code room} (as {@code lk token create --join}).
 */
final class GrantOptions {

    private GrantOptions() {
    }

    static VideoGrant parse(String room, List<String> pairs) {
        VideoGrant.Builder b = room == null ? VideoGrant.builder() : VideoGrant.join(room).toBuilder();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--grant takes name=value, not '" + pair + "'");
            }
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            switch (name) {
                case "roomJoin" -> b.roomJoin(bool(name, value));
                case "room" -> b.room(value);
                case "canPublish" -> b.canPublish(bool(name, value));
                case "canSubscribe" -> b.canSubscribe(bool(name, value));
                case "canPublishData" -> b.canPublishData(bool(name, value));
                case "canPublishSources" -> b.canPublishSources(sources(value));
                case "canUpdateOwnMetadata" -> b.canUpdateOwnMetadata(bool(name, value));
                case "hidden" -> b.hidden(bool(name, value));
                case "recorder" -> b.recorder(bool(name, value));
                case "agent" -> b.agent(bool(name, value));
                case "roomAdmin" -> b.roomAdmin(bool(name, value));
                case "roomCreate" -> b.roomCreate(bool(name, value));
                case "roomList" -> b.roomList(bool(name, value));
                case "roomRecord" -> b.roomRecord(bool(name, value));
                case "ingressAdmin" -> b.ingressAdmin(bool(name, value));
                case "destinationRoom" -> b.destinationRoom(value);
                default -> throw new IllegalArgumentException("unknown grant '" + name + "' (LiveKit's names: canPublish, "
                        + "canSubscribe, canPublishData, canPublishSources, canUpdateOwnMetadata, hidden, recorder, agent, "
                        + "roomJoin, room, roomAdmin, roomCreate, roomList, roomRecord, ingressAdmin, destinationRoom)");
            }
        }
        return b.build();
    }

    private static boolean bool(String name, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("grant " + name + " takes true or false, not '" + value + "'");
        };
    }

    private static Set<TrackSource> sources(String value) {
        Set<TrackSource> out = EnumSet.noneOf(TrackSource.class);
        for (String s : value.split(",")) {
            if (!s.isBlank()) {
                out.add(TrackSource.fromClaim(s.trim()).orElseThrow(() -> new IllegalArgumentException(
                        "unknown source '" + s.trim() + "' (camera, microphone, screen_share, screen_share_audio)")));
            }
        }
        return out;
    }
}
