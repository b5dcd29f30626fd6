package dev.parley.domain.grant;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the grant notation of the decision tables: space-separated; {@code none} sets nothing;
 * a bare flag name sets that boolean; {@code name=value} sets a string, an optional boolean
 * ({@code true|false}) or the publish sources (comma-separated claim values). A field not
 * named stays absent, so LiveKit's default applies. Unknown names fail loudly.
 */
final class GrantNotation {

    private GrantNotation() {
    }

    static VideoGrant parse(String notation) {
        VideoGrant.Builder b = VideoGrant.builder();
        for (String token : tokens(notation)) {
            int eq = token.indexOf('=');
            String name = eq < 0 ? token : token.substring(0, eq);
            String value = eq < 0 ? null : token.substring(eq + 1);
            if (eq < 0) {
                switch (name) {
                    case "none" -> requireAlone(notation);
                    case "roomCreate" -> b.roomCreate(true);
                    case "roomList" -> b.roomList(true);
                    case "roomRecord" -> b.roomRecord(true);
                    case "roomAdmin" -> b.roomAdmin(true);
                    case "roomJoin" -> b.roomJoin(true);
                    case "ingressAdmin" -> b.ingressAdmin(true);
                    case "hidden" -> b.hidden(true);
                    case "recorder" -> b.recorder(true);
                    case "agent" -> b.agent(true);
                    default -> throw new IllegalArgumentException("unknown flag '" + name + "' in [" + notation + "]");
                }
            } else {
                switch (name) {
                    case "room" -> b.room(value);
                    case "destinationRoom" -> b.destinationRoom(value);
                    case "canPublish" -> b.canPublish(bool(value, notation));
                    case "canSubscribe" -> b.canSubscribe(bool(value, notation));
                    case "canPublishData" -> b.canPublishData(bool(value, notation));
                    case "canUpdateOwnMetadata" -> b.canUpdateOwnMetadata(bool(value, notation));
                    case "canPublishSources" -> b.canPublishSources(sources(value));
                    default -> throw new IllegalArgumentException("unknown field '" + name + "' in [" + notation + "]");
                }
            }
        }
        return b.build();
    }

    /** The VideoGrant field names a notation mentions. */
    static Set<String> fieldsNamed(String notation) {
        Set<String> names = new LinkedHashSet<>();
        for (String token : tokens(notation)) {
            int eq = token.indexOf('=');
            String name = eq < 0 ? token : token.substring(0, eq);
            if (!name.equals("none")) {
                names.add(name);
            }
        }
        return names;
    }

    private static String[] tokens(String notation) {
        String trimmed = notation.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("empty grant notation");
        }
        return trimmed.split("\\s+");
    }

    private static void requireAlone(String notation) {
        if (!notation.strip().equals("none")) {
            throw new IllegalArgumentException("'none' must stand alone: [" + notation + "]");
        }
    }

    private static Boolean bool(String value, String notation) {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not true|false: '" + value + "' in [" + notation + "]");
        };
    }

    private static Set<TrackSource> sources(String value) {
        Set<TrackSource> set = EnumSet.noneOf(TrackSource.class);
        for (String s : value.split(",")) {
            set.add(TrackSource.valueOf(s.toUpperCase(Locale.ROOT)));
        }
        return set;
    }
}
