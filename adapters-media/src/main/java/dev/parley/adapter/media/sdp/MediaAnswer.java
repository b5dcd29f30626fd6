package dev.parley.adapter.media.sdp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How Parley answers one accepted media section.
 *
 * @param direction  Parley's direction: {@code recvonly} for a published track, {@code sendonly}
 *                   for a forwarded one, {@code inactive} for a section kept but unused
 * @param codecs     the accepted codecs, a subset of the offer's with the offer's payload types (RFC 8829 §5.3.1)
 * @param extensions the accepted header extensions with the offer's ids (RFC 8285 §6)
 * @param source     what Parley sends in it, when sending
 */
public record MediaAnswer(Direction direction, List<Codec> codecs, List<ExtMap> extensions, Optional<OutgoingSource> source) {

    public MediaAnswer {
        Objects.requireNonNull(direction, "direction");
        codecs = List.copyOf(codecs);
        extensions = List.copyOf(extensions);
        Objects.requireNonNull(source, "source");
        if (codecs.isEmpty()) {
            throw new IllegalArgumentException("an accepted RTP section needs a codec");
        }
        if (direction.sends() != source.isPresent()) {
            throw new IllegalArgumentException("a sending section needs a source, and only a sending one");
        }
    }
}
