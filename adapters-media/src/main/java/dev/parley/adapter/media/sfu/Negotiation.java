package dev.parley.adapter.media.sfu;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one offer: Parley's answer and which track each accepted media section carries.
 *
 * @param answerSdp the answer
 * @param tracks    the sections bound to a track, in offer order
 */
public record Negotiation(String answerSdp, List<Binding> tracks) {

    public Negotiation {
        Objects.requireNonNull(answerSdp, "answerSdp");
        tracks = List.copyOf(tracks);
    }

    /**
     * One bound media section.
     *
     * @param mid       the section's mid
     * @param direction {@code publish} (the browser sends it to Parley) or {@code subscribe} (Parley sends it)
     * @param track     the track
     */
    public record Binding(String mid, String direction, TrackInfo track) {
    }
}
