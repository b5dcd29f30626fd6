package dev.parley.adapter.persistence;

import dev.parley.domain.grant.TrackSource;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.Participant;
import dev.parley.domain.participant.ParticipantKind;
import dev.parley.domain.room.RoomName;

/**
 * Participant to row and back, every field: the grant's optional booleans keep {@code null} for
 * "absent", the attributes travel as a sorted JSON object ({@link FlatJson}).
 */
final class ParticipantMapper {

    private ParticipantMapper() {
    }

    static ParticipantEntity toNewEntity(RoomName room, Participant p) {
        ParticipantEntity e = new ParticipantEntity();
        e.roomName = room.value();
        e.identity = Columns.text(p.identity().value(), 1024, "participant identity");
        e.sid = Columns.text(p.sid(), 255, "participant sid");
        e.displayName = Columns.text(p.name(), 1024, "participant name");
        e.metadata = Columns.text(p.metadata(), 524288, "participant metadata");
        e.attributes = Columns.text(FlatJson.encode(p.attributes()), 1048576, "participant attributes");
        e.kind = p.kind().name();
        e.joinedAt = Columns.instant(p.joinedAt());
        VideoGrant g = p.grants();
        e.roomCreate = g.roomCreate();
        e.roomList = g.roomList();
        e.roomRecord = g.roomRecord();
        e.roomAdmin = g.roomAdmin();
        e.roomJoin = g.roomJoin();
        e.room = Columns.text(g.room(), 1024, "grant room");
        e.canPublish = g.canPublish();
        e.canSubscribe = g.canSubscribe();
        e.canPublishData = g.canPublishData();
        e.canPublishSources = EnumSets.encode(g.canPublishSources(), TrackSource.class);
        e.canUpdateOwnMetadata = g.canUpdateOwnMetadata();
        e.ingressAdmin = g.ingressAdmin();
        e.hidden = g.hidden();
        e.recorder = g.recorder();
        e.agent = g.agent();
        e.destinationRoom = Columns.text(g.destinationRoom(), 1024, "grant destinationRoom");
        return e;
    }

    static Participant toDomain(ParticipantEntity e) {
        VideoGrant grant = new VideoGrant(e.roomCreate, e.roomList, e.roomRecord, e.roomAdmin, e.roomJoin, e.room,
                e.canPublish, e.canSubscribe, e.canPublishData,
                EnumSets.decode(e.canPublishSources, TrackSource.class),
                e.canUpdateOwnMetadata, e.ingressAdmin, e.hidden, e.recorder, e.agent, e.destinationRoom);
        return new Participant(Identity.of(e.identity), e.sid, e.displayName, e.metadata,
                FlatJson.decode(e.attributes), ParticipantKind.valueOf(e.kind), grant, e.joinedAt);
    }
}
