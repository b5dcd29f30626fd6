package dev.parley.adapter.media.sfu;

import java.util.Objects;

/**
 * A published track's way to one subscriber's PeerConnection: the media section it fills there,
 * the payload type the subscriber gave the codec, and the header-extension renumbering (indexed by
 * the publisher's id, the subscriber's id or 0 to strip).
 */
final class DownTrack {

    private final PublishedTrack track;
    private final PeerSession subscriber;
    private final String mid;
    private final int payloadType;
    private final byte[] extensionMap;

    DownTrack(PublishedTrack track, PeerSession subscriber, String mid, int payloadType, byte[] extensionMap) {
        this.track = Objects.requireNonNull(track, "track");
        this.subscriber = Objects.requireNonNull(subscriber, "subscriber");
        this.mid = Objects.requireNonNull(mid, "mid");
        this.payloadType = payloadType;
        this.extensionMap = extensionMap.clone();
    }

    PublishedTrack track() {
        return track;
    }

    PeerSession subscriber() {
        return subscriber;
    }

    String mid() {
        return mid;
    }

    int payloadType() {
        return payloadType;
    }

    byte[] extensionMap() {
        return extensionMap;
    }
}
