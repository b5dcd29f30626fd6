package dev.parley.adapter.media.sfu;

import dev.parley.domain.grant.TrackSource;
import java.util.Objects;

/**
 * A track the participant was allowed to publish (the grant was checked by signaling), waiting
 * for the media section of an offer whose {@code a=msid} names {@code trackId}.
 *
 * @param sid     Parley's track id, given to the client
 * @param trackId the browser's MediaStreamTrack id
 * @param kind    {@code audio} or {@code video}
 * @param source  camera, microphone, screen_share, screen_share_audio
 */
public record Publication(String sid, String trackId, String kind, TrackSource source) {

    public Publication {
        Objects.requireNonNull(sid, "sid");
        Objects.requireNonNull(trackId, "trackId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
    }
}
