package dev.parley.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code participant}: a participant of a room with its grant; mapped by {@link ParticipantMapper}. */
@Entity(name = "ParticipantEntity")
@Table(name = "participant")
class ParticipantEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", nullable = false, updatable = false)
    Long id;

    @Column(name = "room_name", length = 128, nullable = false, updatable = false)
    String roomName;

    @Column(name = "participant_identity", length = 1024, nullable = false, updatable = false)
    String identity;

    @Column(name = "sid", length = 255, nullable = false)
    String sid;

    @Column(name = "display_name", length = 1024, nullable = false)
    String displayName;

    @Column(name = "metadata", length = 524288, nullable = false)
    String metadata;

    @Column(name = "attributes", length = 1048576, nullable = false)
    String attributes;

    @Column(name = "kind", length = 32, nullable = false)
    String kind;

    @Column(name = "joined_at", nullable = false)
    Instant joinedAt;

    @Column(name = "grant_room_create", nullable = false)
    boolean roomCreate;

    @Column(name = "grant_room_list", nullable = false)
    boolean roomList;

    @Column(name = "grant_room_record", nullable = false)
    boolean roomRecord;

    @Column(name = "grant_room_admin", nullable = false)
    boolean roomAdmin;

    @Column(name = "grant_room_join", nullable = false)
    boolean roomJoin;

    @Column(name = "grant_room", length = 1024, nullable = false)
    String room;

    /** Null: absent from the token (LiveKit's default applies). */
    @Column(name = "grant_can_publish")
    Boolean canPublish;

    /** Null: absent from the token. */
    @Column(name = "grant_can_subscribe")
    Boolean canSubscribe;

    /** Null: absent from the token. */
    @Column(name = "grant_can_publish_data")
    Boolean canPublishData;

    @Column(name = "grant_can_publish_sources", length = 128, nullable = false)
    String canPublishSources;

    /** Null: absent from the token. */
    @Column(name = "grant_can_update_own_metadata")
    Boolean canUpdateOwnMetadata;

    @Column(name = "grant_ingress_admin", nullable = false)
    boolean ingressAdmin;

    @Column(name = "grant_hidden", nullable = false)
    boolean hidden;

    @Column(name = "grant_recorder", nullable = false)
    boolean recorder;

    @Column(name = "grant_agent", nullable = false)
    boolean agent;

    @Column(name = "grant_destination_room", length = 1024, nullable = false)
    String destinationRoom;

    protected ParticipantEntity() {
    }
}
