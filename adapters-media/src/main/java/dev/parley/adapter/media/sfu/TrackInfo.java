package dev.parley.adapter.media.sfu;

import dev.parley.domain.grant.TrackSource;
import java.util.Objects;

/**
 * What other participants learn about a published track.
 *
 * @param sid         Parley's track id ({@code TR_...})
 * @param participant the publisher's identity
 * @param kind        {@code audio} or {@code video}
 * @param source      where it comes from (camera, microphone, ...)
 */
public record TrackInfo(String sid, String participant, String kind, TrackSource source) {

    public TrackInfo {
        Objects.requireNonNull(sid, "sid");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
    }
}
