package dev.parley.domain.grant;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * LiveKit's video grant, field for field, with LiveKit's defaults. The optional booleans are
 * {@code null} when the token did not carry them, because their defaults depend on other
 * fields: read them through the {@code effective...} methods, never directly.
 *
 * <ul>
 *   <li>{@code canPublish}, {@code canSubscribe}: default TRUE when absent.</li>
 *   <li>{@code canPublishData}: defaults to the effective {@code canPublish}.</li>
 *   <li>{@code canPublishSources}: empty means every source (only relevant when publishing is allowed).</li>
 *   <li>{@code canUpdateOwnMetadata}: default FALSE.</li>
 * </ul>
 */
public record VideoGrant(
        boolean roomCreate,
        boolean roomList,
        boolean roomRecord,
        boolean roomAdmin,
        boolean roomJoin,
        String room,
        Boolean canPublish,
        Boolean canSubscribe,
        Boolean canPublishData,
        Set<TrackSource> canPublishSources,
        Boolean canUpdateOwnMetadata,
        boolean ingressAdmin,
        boolean hidden,
        boolean recorder,
        boolean agent,
        String destinationRoom) {

    public VideoGrant {
        room = room == null ? "" : room;
        destinationRoom = destinationRoom == null ? "" : destinationRoom;
        canPublishSources = immutableSources(canPublishSources);
    }

    private static Set<TrackSource> immutableSources(Set<TrackSource> sources) {
        if (sources == null || sources.isEmpty()) {
            return Set.of();
        }
        if (sources instanceof ImmutableSources) {
            return sources;
        }
        return new ImmutableSources(EnumSet.copyOf(sources));
    }

    /** An unmodifiable EnumSet view: as compact and fast as EnumSet, and recognised so it is never copied twice. */
    private static final class ImmutableSources extends java.util.AbstractSet<TrackSource> {
        private final EnumSet<TrackSource> set;

        ImmutableSources(EnumSet<TrackSource> set) {
            this.set = set;
        }

        @Override
        public boolean contains(Object o) {
            return set.contains(o);
        }

        @Override
        public java.util.Iterator<TrackSource> iterator() {
            java.util.Iterator<TrackSource> it = set.iterator();
            return new java.util.Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public TrackSource next() {
                    return it.next();
                }
            };
        }

        @Override
        public int size() {
            return set.size();
        }
    }

    /** A grant with nothing set: every flag false, every optional absent. */
    public static VideoGrant none() {
        return new VideoGrant(false, false, false, false, false, "", null, null, null, Set.of(), null,
                false, false, false, false, "");
    }

    /** A grant to join {@code room} with LiveKit's defaults for everything else. */
    public static VideoGrant join(String room) {
        return none().toBuilder().roomJoin(true).room(room).build();
    }

    /** Effective canPublish: TRUE when absent. */
    public boolean effectiveCanPublish() {
        return canPublish == null || canPublish;
    }

    /** Effective canSubscribe: TRUE when absent. */
    public boolean effectiveCanSubscribe() {
        return canSubscribe == null || canSubscribe;
    }

    /** Effective canPublishData: the effective canPublish when absent. */
    public boolean effectiveCanPublishData() {
        return canPublishData == null ? effectiveCanPublish() : canPublishData;
    }

    /** Effective canUpdateOwnMetadata: FALSE when absent. */
    public boolean effectiveCanUpdateOwnMetadata() {
        return canUpdateOwnMetadata != null && canUpdateOwnMetadata;
    }

    /** True when a track from {@code source} may be published: publishing allowed and the source listed (or none listed). */
    public boolean mayPublishSource(TrackSource source) {
        Objects.requireNonNull(source, "source");
        return effectiveCanPublish() && (canPublishSources.isEmpty() || canPublishSources.contains(source));
    }

    /** True when the grant is scoped to {@code roomName}. */
    public boolean isForRoom(String roomName) {
        return !room.isEmpty() && room.equals(roomName);
    }

    /** A builder pre-filled with this grant. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A builder for grants; starts from {@link #none()}. */
    public static Builder builder() {
        return new Builder(none());
    }

    /** Builds grants field by field. */
    public static final class Builder {
        private boolean roomCreate;
        private boolean roomList;
        private boolean roomRecord;
        private boolean roomAdmin;
        private boolean roomJoin;
        private String room;
        private Boolean canPublish;
        private Boolean canSubscribe;
        private Boolean canPublishData;
        private Set<TrackSource> canPublishSources;
        private Boolean canUpdateOwnMetadata;
        private boolean ingressAdmin;
        private boolean hidden;
        private boolean recorder;
        private boolean agent;
        private String destinationRoom;

        private Builder(VideoGrant g) {
            roomCreate = g.roomCreate;
            roomList = g.roomList;
            roomRecord = g.roomRecord;
            roomAdmin = g.roomAdmin;
            roomJoin = g.roomJoin;
            room = g.room;
            canPublish = g.canPublish;
            canSubscribe = g.canSubscribe;
            canPublishData = g.canPublishData;
            canPublishSources = g.canPublishSources;
            canUpdateOwnMetadata = g.canUpdateOwnMetadata;
            ingressAdmin = g.ingressAdmin;
            hidden = g.hidden;
            recorder = g.recorder;
            agent = g.agent;
            destinationRoom = g.destinationRoom;
        }

        public Builder roomCreate(boolean v) { roomCreate = v; return this; }
        public Builder roomList(boolean v) { roomList = v; return this; }
        public Builder roomRecord(boolean v) { roomRecord = v; return this; }
        public Builder roomAdmin(boolean v) { roomAdmin = v; return this; }
        public Builder roomJoin(boolean v) { roomJoin = v; return this; }
        public Builder room(String v) { room = v; return this; }
        public Builder canPublish(Boolean v) { canPublish = v; return this; }
        public Builder canSubscribe(Boolean v) { canSubscribe = v; return this; }
        public Builder canPublishData(Boolean v) { canPublishData = v; return this; }
        public Builder canPublishSources(Set<TrackSource> v) { canPublishSources = v; return this; }
        public Builder canUpdateOwnMetadata(Boolean v) { canUpdateOwnMetadata = v; return this; }
        public Builder ingressAdmin(boolean v) { ingressAdmin = v; return this; }
        public Builder hidden(boolean v) { hidden = v; return this; }
        public Builder recorder(boolean v) { recorder = v; return this; }
        public Builder agent(boolean v) { agent = v; return this; }
        public Builder destinationRoom(String v) { destinationRoom = v; return this; }

        public VideoGrant build() {
            return new VideoGrant(roomCreate, roomList, roomRecord, roomAdmin, roomJoin, room, canPublish,
                    canSubscribe, canPublishData, canPublishSources, canUpdateOwnMetadata, ingressAdmin, hidden,
                    recorder, agent, destinationRoom);
        }
    }
}
