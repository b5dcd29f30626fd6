package dev.parley.adapter.rest.livekit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.adapter.rest.json.FieldNaming;
import dev.parley.adapter.rest.json.ProtoJsonObject;
import dev.parley.adapter.rest.json.ProtoJsonWriter;
import dev.parley.domain.grant.PermissionUpdate;
import dev.parley.domain.grant.TrackSource;
import dev.parley.domain.grant.VideoGrant;
import java.util.Set;

/**
 * LiveKit's {@code ParticipantPermission}: the effective runtime permissions of a participant.
 *
 * @param canPublishSources the sources allowed; empty means every source
 * @param recorder          deprecated in LiveKit (kind says it), still filled from the grant
 * @param agent             deprecated in LiveKit (kind says it), still filled from the grant
 */
public record ParticipantPermissionMessage(boolean canSubscribe, boolean canPublish, boolean canPublishData,
        Set<TrackSource> canPublishSources, boolean hidden, boolean recorder, boolean canUpdateMetadata, boolean agent) {

    public ParticipantPermissionMessage {
        canPublishSources = canPublishSources == null ? Set.of() : Set.copyOf(canPublishSources);
    }

    /** The effective permissions of {@code grant}, LiveKit's defaults applied. */
    public static ParticipantPermissionMessage of(VideoGrant grant) {
        return new ParticipantPermissionMessage(grant.effectiveCanSubscribe(), grant.effectiveCanPublish(),
                grant.effectiveCanPublishData(), grant.canPublishSources(), grant.hidden(), grant.recorder(),
                grant.effectiveCanUpdateOwnMetadata(), grant.agent());
    }

    /** Reads the message; an absent field is its proto3 default (false, no sources). */
    public static ParticipantPermissionMessage from(ProtoJsonObject json) {
        Set<TrackSource> sources = TrackSources.parse(
                json.enumNames("can_publish_sources", TrackSources.NAMES_BY_NUMBER), json.label("can_publish_sources"));
        return new ParticipantPermissionMessage(json.bool("can_subscribe"), json.bool("can_publish"),
                json.bool("can_publish_data"), sources, json.bool("hidden"), json.bool("recorder"),
                json.bool("can_update_metadata"), json.bool("agent"));
    }

    /**
     * The update LiveKit's UpdateParticipant means: every permission replaced, an omitted bool
     * false. LiveKit's SDKs omit false values from their JSON (proto3 defaults), so "absent"
     * cannot mean "keep": keeping would silently ignore an administrator's revocation. ({@code
     * agent} is not a grant Parley changes at run time.)
     */
    public PermissionUpdate toReplacement() {
        return new PermissionUpdate(canPublish, canSubscribe, canPublishData, canPublishSources, canUpdateMetadata,
                hidden, recorder);
    }

    /** The JSON object, every field present. */
    public ObjectNode toJson(FieldNaming naming) {
        return ProtoJsonWriter.message(naming)
                .bool("can_subscribe", canSubscribe)
                .bool("can_publish", canPublish)
                .bool("can_publish_data", canPublishData)
                .strings("can_publish_sources", TrackSources.names(canPublishSources))
                .bool("hidden", hidden)
                .bool("recorder", recorder)
                .bool("can_update_metadata", canUpdateMetadata)
                .bool("agent", agent)
                .build();
    }
}
