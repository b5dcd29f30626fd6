package dev.parley.application.token;

import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.ParticipantKind;
import java.time.Duration;
import java.util.Map;
import dev.parley.application.token.model.TokenPurpose;

/**
 * What to mint. Optional values are {@code null}: no identity for a server-API token, no room
 * beyond the grant's, the policy's default TTL (10 minutes), the newest ACTIVE key.
 *
 * @param keyId      the key to sign with; null for the newest ACTIVE key
 * @param identity   {@code sub}; required when the grant joins a room
 * @param room       the room; copied into the grant (must agree with the grant's room when both are set)
 * @param grants     the video grant; null for {@link VideoGrant#none()}
 * @param ttl        lifetime; null for the policy default
 * @param name       display name
 * @param metadata   participant metadata
 * @param attributes participant attributes
 * @param kind       participant kind; null for standard
 * @param sha256     base64 SHA-256 of a body (webhook tokens)
 * @param purpose    what the token is for; null for {@link TokenPurpose#ACCESS}
 */
public record MintTokenCommand(
        String keyId,
        Identity identity,
        String room,
        VideoGrant grants,
        Duration ttl,
        String name,
        String metadata,
        Map<String, String> attributes,
        ParticipantKind kind,
        String sha256,
        TokenPurpose purpose) {

    public MintTokenCommand {
        grants = grants == null ? VideoGrant.none() : grants;
        name = name == null ? "" : name;
        metadata = metadata == null ? "" : metadata;
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        kind = kind == null ? ParticipantKind.STANDARD : kind;
        purpose = purpose == null ? TokenPurpose.ACCESS : purpose;
    }

    /** A builder, for the usual case of naming a few fields. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MintTokenCommand} field by field. */
    public static final class Builder {
        private String keyId;
        private Identity identity;
        private String room;
        private VideoGrant grants;
        private Duration ttl;
        private String name;
        private String metadata;
        private Map<String, String> attributes;
        private ParticipantKind kind;
        private String sha256;
        private TokenPurpose purpose;

        private Builder() {
        }

        public Builder keyId(String v) { keyId = v; return this; }
        public Builder identity(Identity v) { identity = v; return this; }
        public Builder room(String v) { room = v; return this; }
        public Builder grants(VideoGrant v) { grants = v; return this; }
        public Builder ttl(Duration v) { ttl = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder metadata(String v) { metadata = v; return this; }
        public Builder attributes(Map<String, String> v) { attributes = v; return this; }
        public Builder kind(ParticipantKind v) { kind = v; return this; }
        public Builder sha256(String v) { sha256 = v; return this; }
        public Builder purpose(TokenPurpose v) { purpose = v; return this; }

        public MintTokenCommand build() {
            return new MintTokenCommand(keyId, identity, room, grants, ttl, name, metadata, attributes, kind, sha256, purpose);
        }
    }
}
