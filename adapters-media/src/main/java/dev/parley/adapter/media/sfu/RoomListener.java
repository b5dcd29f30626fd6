package dev.parley.adapter.media.sfu;

/** Hears about tracks appearing and disappearing in an {@link SfuRoom}. */
public interface RoomListener {

    /** A track was published (its publisher's offer was answered). */
    void onTrackPublished(TrackInfo track);

    /** A track was unpublished or its PeerConnection closed. */
    void onTrackUnpublished(TrackInfo track);
}
