package dev.parley.adapter.media.sfu;

import dev.parley.adapter.media.sdp.Codec;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A track a participant publishes, bound to the media section of its PeerConnection that
 * carries it: its SSRC, the one codec Parley accepted, the header extensions negotiated with the
 * publisher, and the subscribers it is forwarded to (an array replaced on change, read without a
 * lock on the packet path).
 */
public final class PublishedTrack {

    /** Keyframe requests closer together than this are merged into one (a burst of subscribers, or of PLIs). */
    static final long KEYFRAME_REQUEST_INTERVAL_NANOS = 200_000_000L;
    private static final DownTrack[] NONE = new DownTrack[0];

    private final TrackInfo info;
    private final Codec codec;
    private final int ssrc;
    private final PeerSession publisher;
    private final Map<String, Integer> extensionIds;
    private volatile DownTrack[] downTracks = NONE;
    private final AtomicLong lastKeyframeRequest = new AtomicLong(System.nanoTime() - KEYFRAME_REQUEST_INTERVAL_NANOS);
    private final AtomicInteger firSequence = new AtomicInteger();

    PublishedTrack(TrackInfo info, Codec codec, int ssrc, PeerSession publisher, Map<String, Integer> extensionIds) {
        this.info = Objects.requireNonNull(info, "info");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.ssrc = ssrc;
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.extensionIds = Map.copyOf(extensionIds);
    }

    /** The public description. */
    public TrackInfo info() {
        return info;
    }

    /** Parley's track id. */
    public String sid() {
        return info.sid();
    }

    /** The codec the publisher sends, under the publisher's payload type. */
    public Codec codec() {
        return codec;
    }

    /** The publisher's media SSRC (kept unchanged towards subscribers). */
    public int ssrc() {
        return ssrc;
    }

    PeerSession publisher() {
        return publisher;
    }

    /** The header extensions negotiated with the publisher: URI to the publisher's id. */
    Map<String, Integer> extensionIds() {
        return extensionIds;
    }

    /** Number of subscribers it is forwarded to. */
    public int subscriberCount() {
        return downTracks.length;
    }

    DownTrack[] downTracks() {
        return downTracks;
    }

    synchronized void addDownTrack(DownTrack d) {
        DownTrack[] next = Arrays.copyOf(downTracks, downTracks.length + 1);
        next[next.length - 1] = d;
        downTracks = next;
    }

    synchronized void removeDownTrack(DownTrack d) {
        downTracks = Arrays.stream(downTracks).filter(x -> x != d).toArray(DownTrack[]::new);
    }

    /** Detaches every subscriber (the track is gone) and returns them. */
    synchronized DownTrack[] detachAll() {
        DownTrack[] old = downTracks;
        downTracks = NONE;
        return old;
    }

    /**
     * The renumbering table for a subscriber that negotiated {@code subscriberIds} (URI to id):
     * indexed by the publisher's one-byte id, the subscriber's id, or 0 to strip the element.
     */
    byte[] extensionMapFor(Map<String, Integer> subscriberIds) {
        byte[] map = new byte[16];
        for (Map.Entry<String, Integer> e : extensionIds.entrySet()) {
            int from = e.getValue();
            Integer to = subscriberIds.get(e.getKey());
            if (from >= 1 && from <= 14 && to != null && to >= 1 && to <= 14) {
                map[from] = (byte) (int) to;
            }
        }
        return map;
    }

    /**
     * Asks the publisher for a keyframe: a PLI (RFC 4585 §6.3.1), or a FIR (RFC 5104 §4.3.1) with
     * the next command sequence number; requests within {@link #KEYFRAME_REQUEST_INTERVAL_NANOS}
     * of the last one are dropped. Returns true when one was sent.
     */
    boolean requestKeyframe(boolean fir) {
        long now = System.nanoTime();
        long last = lastKeyframeRequest.get();
        if (now - last < KEYFRAME_REQUEST_INTERVAL_NANOS || !lastKeyframeRequest.compareAndSet(last, now)) {
            return false;
        }
        return fir ? publisher.sendFir(ssrc, firSequence.getAndIncrement() & 0xFF) : publisher.sendPli(ssrc);
    }
}
