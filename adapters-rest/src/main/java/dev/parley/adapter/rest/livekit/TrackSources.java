package dev.parley.adapter.rest.livekit;

import dev.parley.application.UseCaseException;
import dev.parley.domain.grant.TrackSource;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** LiveKit's {@code TrackSource} enum on the wire: value names by number, and the domain's sources. */
final class TrackSources {

    /** Value names indexed by enum number (livekit_models.proto: UNKNOWN = 0 ... SCREEN_SHARE_AUDIO = 4). */
    static final List<String> NAMES_BY_NUMBER = List.of("UNKNOWN", "CAMERA", "MICROPHONE", "SCREEN_SHARE", "SCREEN_SHARE_AUDIO");

    private TrackSources() {
    }

    /** The names of {@code sources}, in enum-number order. */
    static List<String> names(Set<TrackSource> sources) {
        return sources.stream().sorted(Comparator.comparingInt(TrackSource::protoNumber)).map(Enum::name).toList();
    }

    /** The sources named; UNKNOWN is not a source anyone may publish from. */
    static Set<TrackSource> parse(List<String> names, String field) {
        Set<TrackSource> out = EnumSet.noneOf(TrackSource.class);
        for (String name : names) {
            if ("UNKNOWN".equals(name)) {
                throw new UseCaseException(UseCaseException.Kind.INVALID, "track_source_invalid",
                        field + ": UNKNOWN is not a track source");
            }
            out.add(TrackSource.valueOf(name));
        }
        return out;
    }
}
