package dev.parley.domain.participant;

import dev.parley.domain.DomainViolation;
import dev.parley.domain.Limits;
import dev.parley.domain.Text;
import dev.parley.domain.grant.VideoGrant;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A participant of a room: identity, display name, metadata, attributes, kind, the grants it
 * currently holds and the id of its current session.
 *
 * @param identity   unique in the room
 * @param sid        the current session's id (LiveKit's {@code PA_...})
 * @param name       display name, at most 256 characters
 * @param metadata   free text, at most 512 KiB
 * @param attributes string map, at most 64 KiB in all
 * @param kind       what kind of client it is
 * @param grants     the grants it holds now (may change at run time)
 * @param joinedAt   when the current session joined
 */
public record Participant(
        Identity identity,
        String sid,
        String name,
        String metadata,
        Map<String, String> attributes,
        ParticipantKind kind,
        VideoGrant grants,
        Instant joinedAt) {

    public Participant {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(sid, "sid");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(grants, "grants");
        Objects.requireNonNull(joinedAt, "joinedAt");
        name = name == null ? "" : name;
        if (name.codePointCount(0, name.length()) > Limits.MAX_NAME_LENGTH) {
            throw new DomainViolation("participant_name_invalid", "name is longer than " + Limits.MAX_NAME_LENGTH + " characters");
        }
        if (Text.hasControlCharacter(name)) {
            throw new DomainViolation("participant_name_invalid", "name must not contain control characters");
        }
        metadata = metadata == null ? "" : metadata;
        Text.requireMaxBytes(metadata, Limits.MAX_PARTICIPANT_METADATA_BYTES, "participant_metadata_too_large", "participant metadata");
        attributes = attributes == null ? Map.of() : Map.copyOf(new TreeMap<>(attributes));
        long size = 0;
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            if (e.getKey().isEmpty()) {
                throw new DomainViolation("participant_attributes_invalid", "attribute names must not be empty");
            }
            size += Text.utf8Length(e.getKey()) + Text.utf8Length(e.getValue());
        }
        if (size > Limits.MAX_ATTRIBUTES_BYTES) {
            throw new DomainViolation("participant_attributes_too_large", "attributes are larger than " + Limits.MAX_ATTRIBUTES_BYTES + " bytes");
        }
    }

    /** True when other participants must not see this one (LiveKit's {@code hidden}). */
    public boolean isHidden() {
        return grants.hidden();
    }

    /** A copy holding other grants. */
    public Participant withGrants(VideoGrant newGrants) {
        return new Participant(identity, sid, name, metadata, attributes, kind, newGrants, joinedAt);
    }

    /** A copy with another profile; a {@code null} argument keeps the current value. */
    public Participant withProfile(String newName, String newMetadata, Map<String, String> newAttributes) {
        return new Participant(identity, sid,
                newName == null ? name : newName,
                newMetadata == null ? metadata : newMetadata,
                newAttributes == null ? attributes : newAttributes,
                kind, grants, joinedAt);
    }
}
