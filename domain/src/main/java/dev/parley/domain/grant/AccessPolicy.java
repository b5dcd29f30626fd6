package dev.parley.domain.grant;

import dev.parley.domain.grant.Action.AdministerRoom;
import dev.parley.domain.grant.Action.CreateRoom;
import dev.parley.domain.grant.Action.DeleteRoom;
import dev.parley.domain.grant.Action.JoinRoom;
import dev.parley.domain.grant.Action.ListRooms;
import dev.parley.domain.grant.Action.ManageIngress;
import dev.parley.domain.grant.Action.PublishData;
import dev.parley.domain.grant.Action.PublishTrack;
import dev.parley.domain.grant.Action.RecordRoom;
import dev.parley.domain.grant.Action.Subscribe;
import dev.parley.domain.grant.Action.UpdateOwnMetadata;
import dev.parley.domain.room.RoomName;
import java.util.Objects;

/**
 * The pure function (grant, action) -> {@link Decision}, with LiveKit's semantics:
 * participant actions need {@code roomJoin} for exactly that room and then the capability
 * (with LiveKit's defaults, see {@link VideoGrant}); administrative actions need
 * {@code roomAdmin} with {@code video.room} equal to the target room; server-wide actions need
 * their own flag. The first failing rule is the reason, so a caller learns what to fix.
 */
public final class AccessPolicy {

    private final RoomDeletionRule deletionRule;

    /** A policy using {@code deletionRule} for DeleteRoom. */
    public AccessPolicy(RoomDeletionRule deletionRule) {
        this.deletionRule = Objects.requireNonNull(deletionRule, "deletionRule");
    }

    /** The default policy (LiveKit-compatible room deletion, scoped when the grant names a room). */
    public static AccessPolicy standard() {
        return new AccessPolicy(RoomDeletionRule.LIVEKIT_COMPATIBLE);
    }

    /** Decides whether {@code grant} allows {@code action}. */
    public Decision decide(VideoGrant grant, Action action) {
        Objects.requireNonNull(grant, "grant");
        Objects.requireNonNull(action, "action");
        if (action instanceof JoinRoom a) {
            return participantScope(grant, a.room());
        } else if (action instanceof PublishTrack a) {
            return then(participantScope(grant, a.room()), publish(grant, a.source()));
        } else if (action instanceof PublishData a) {
            return then(participantScope(grant, a.room()),
                    grant.effectiveCanPublishData() ? Decision.ALLOW : Decision.deny(DenyReason.PUBLISH_DATA_NOT_GRANTED));
        } else if (action instanceof Subscribe a) {
            return then(participantScope(grant, a.room()),
                    grant.effectiveCanSubscribe() ? Decision.ALLOW : Decision.deny(DenyReason.SUBSCRIBE_NOT_GRANTED));
        } else if (action instanceof UpdateOwnMetadata a) {
            return then(participantScope(grant, a.room()),
                    grant.effectiveCanUpdateOwnMetadata() ? Decision.ALLOW : Decision.deny(DenyReason.UPDATE_OWN_METADATA_NOT_GRANTED));
        } else if (action instanceof AdministerRoom a) {
            return admin(grant, a.room());
        } else if (action instanceof CreateRoom) {
            return grant.roomCreate() ? Decision.ALLOW : Decision.deny(DenyReason.ROOM_CREATE_NOT_GRANTED);
        } else if (action instanceof ListRooms) {
            return grant.roomList() ? Decision.ALLOW : Decision.deny(DenyReason.ROOM_LIST_NOT_GRANTED);
        } else if (action instanceof DeleteRoom a) {
            return deleteRoom(grant, a.room());
        } else if (action instanceof RecordRoom a) {
            if (!grant.roomRecord()) {
                return Decision.deny(DenyReason.ROOM_RECORD_NOT_GRANTED);
            }
            return scopeIfNamed(grant, a.room());
        } else if (action instanceof ManageIngress) {
            return grant.ingressAdmin() ? Decision.ALLOW : Decision.deny(DenyReason.INGRESS_ADMIN_NOT_GRANTED);
        }
        throw new IllegalArgumentException("unknown action " + action);
    }

    private static Decision participantScope(VideoGrant grant, RoomName room) {
        if (!grant.roomJoin()) {
            return Decision.deny(DenyReason.ROOM_JOIN_NOT_GRANTED);
        }
        return exactRoom(grant, room);
    }

    private static Decision publish(VideoGrant grant, TrackSource source) {
        if (!grant.effectiveCanPublish()) {
            return Decision.deny(DenyReason.PUBLISH_NOT_GRANTED);
        }
        return grant.mayPublishSource(source) ? Decision.ALLOW : Decision.deny(DenyReason.PUBLISH_SOURCE_NOT_GRANTED);
    }

    private static Decision admin(VideoGrant grant, RoomName room) {
        if (!grant.roomAdmin()) {
            return Decision.deny(DenyReason.ROOM_ADMIN_NOT_GRANTED);
        }
        return exactRoom(grant, room);
    }

    private Decision deleteRoom(VideoGrant grant, RoomName room) {
        if (!grant.roomCreate()) {
            return Decision.deny(DenyReason.ROOM_CREATE_NOT_GRANTED);
        }
        if (deletionRule == RoomDeletionRule.STRICT) {
            return admin(grant, room);
        }
        return scopeIfNamed(grant, room);
    }

    private static Decision exactRoom(VideoGrant grant, RoomName room) {
        if (grant.room().isEmpty()) {
            return Decision.deny(DenyReason.GRANT_ROOM_MISSING);
        }
        return grant.isForRoom(room.value()) ? Decision.ALLOW : Decision.deny(DenyReason.GRANT_ROOM_MISMATCH);
    }

    private static Decision scopeIfNamed(VideoGrant grant, RoomName room) {
        if (grant.room().isEmpty() || grant.isForRoom(room.value())) {
            return Decision.ALLOW;
        }
        return Decision.deny(DenyReason.GRANT_ROOM_MISMATCH);
    }

    private static Decision then(Decision first, Decision second) {
        return first.isAllowed() ? second : first;
    }
}
