package dev.parley.adapter.media.sfu;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

/** The media side of one room: its published tracks and the participants listening for changes. */
public final class SfuRoom {

    private final String name;
    private final ConcurrentHashMap<String, PublishedTrack> tracks = new ConcurrentHashMap<>();
    private final CopyOnWriteArraySet<SfuParticipant> participants = new CopyOnWriteArraySet<>();

    SfuRoom(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** The room's name. */
    public String name() {
        return name;
    }

    /** The published track with this sid. */
    public Optional<PublishedTrack> track(String sid) {
        return Optional.ofNullable(tracks.get(sid));
    }

    /** Every published track. */
    public List<TrackInfo> tracks() {
        List<TrackInfo> out = new ArrayList<>();
        for (PublishedTrack t : tracks.values()) {
            out.add(t.info());
        }
        return out;
    }

    /** Participants currently in the room. */
    public int participantCount() {
        return participants.size();
    }

    boolean isEmpty() {
        return participants.isEmpty() && tracks.isEmpty();
    }

    void enter(SfuParticipant p) {
        participants.add(p);
    }

    void leave(SfuParticipant p) {
        participants.remove(p);
    }

    void publish(PublishedTrack t) {
        tracks.put(t.sid(), t);
        for (SfuParticipant p : participants) {
            p.listener().onTrackPublished(t.info());
        }
    }

    /** Removes the track and every subscription to it. */
    void unpublish(PublishedTrack t) {
        if (!tracks.remove(t.sid(), t)) {
            return;
        }
        for (DownTrack d : t.detachAll()) {
            d.subscriber().removeOutbound(d);
        }
        for (SfuParticipant p : participants) {
            p.listener().onTrackUnpublished(t.info());
        }
    }
}
