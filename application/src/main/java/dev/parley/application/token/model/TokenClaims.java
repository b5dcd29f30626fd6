package dev.parley.application.token.model;

import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.ParticipantKind;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The claims of an access token, with LiveKit's claim names on the wire (RFC 7519 §4.1 for the
 * registered ones). A value of this type coming out of {@link VerifyAccessTokenUseCase} has
 * passed every check; one coming out of a codec's {@code decode} has not.
 *
 * @param issuer     {@code iss}: the id of the API key that signed the token
 * @param subject    {@code sub}: the participant identity (absent on server-API and webhook tokens)
 * @param expiresAt  {@code exp}: required (RFC 7519 §4.1.4; LiveKit protocol#1706)
 * @param notBefore  {@code nbf} (RFC 7519 §4.1.5)
 * @param issuedAt   {@code iat} (RFC 7519 §4.1.6)
 * @param tokenId    {@code jti} (RFC 7519 §4.1.7): what revocation by id uses
 * @param name       {@code name}: display name, empty when absent
 * @param metadata   {@code metadata}: free text, empty when absent
 * @param attributes {@code attributes}: string map, empty when absent
 * @param kind       {@code kind}: {@link ParticipantKind#STANDARD} when absent
 * @param sha256     {@code sha256}: base64 SHA-256 of a request or webhook body
 * @param video      {@code video}: the grant; {@link VideoGrant#none()} when absent
 * @param purpose    {@code purpose}: Parley's own claim, {@link TokenPurpose#ACCESS} when absent
 */
public record TokenClaims(
        String issuer,
        Optional<Identity> subject,
        Instant expiresAt,
        Optional<Instant> notBefore,
        Optional<Instant> issuedAt,
        Optional<String> tokenId,
        String name,
        String metadata,
        Map<String, String> attributes,
        ParticipantKind kind,
        Optional<String> sha256,
        VideoGrant video,
        TokenPurpose purpose) {

    public TokenClaims {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(sha256, "sha256");
        name = name == null ? "" : name;
        metadata = metadata == null ? "" : metadata;
        attributes = attributes == null || attributes.isEmpty() ? Map.of() : Map.copyOf(attributes);
        kind = kind == null ? ParticipantKind.STANDARD : kind;
        video = video == null ? VideoGrant.none() : video;
        purpose = purpose == null ? TokenPurpose.ACCESS : purpose;
    }

    /** The room the video grant is scoped to; empty when none. */
    public String room() {
        return video.room();
    }

    /**
     * When the token started to be valid, as far as it says: {@code nbf}, else {@code iat}.
     * Lifetime and revocation by issue time are measured from here.
     */
    public Optional<Instant> validFrom() {
        return notBefore.isPresent() ? notBefore : issuedAt;
    }
}
