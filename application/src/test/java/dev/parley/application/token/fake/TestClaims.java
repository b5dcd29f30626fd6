package dev.parley.application.token.fake;

import dev.parley.application.token.model.TokenClaims;
import dev.parley.application.token.model.TokenPurpose;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.ParticipantKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Builds {@link TokenClaims} for tests: a valid 10-minute join token unless told otherwise. */
public final class TestClaims {

    private String issuer = "APIkey";
    private Identity subject = Identity.of("alice");
    private Instant notBefore;
    private Instant issuedAt;
    private Instant expiresAt;
    private String tokenId;
    private String name = "";
    private String metadata = "";
    private Map<String, String> attributes = Map.of();
    private ParticipantKind kind = ParticipantKind.STANDARD;
    private String sha256;
    private VideoGrant video = VideoGrant.join("room-a");
    private TokenPurpose purpose = TokenPurpose.ACCESS;

    private TestClaims(Instant now) {
        this.notBefore = now;
        this.issuedAt = now;
        this.expiresAt = now.plus(Duration.ofMinutes(10));
    }

    /** Claims issued at {@code now}, valid for 10 minutes. */
    public static TestClaims at(Instant now) {
        return new TestClaims(now);
    }

    public TestClaims issuer(String v) { issuer = v; return this; }
    public TestClaims subject(Identity v) { subject = v; return this; }
    public TestClaims notBefore(Instant v) { notBefore = v; return this; }
    public TestClaims issuedAt(Instant v) { issuedAt = v; return this; }
    public TestClaims expiresAt(Instant v) { expiresAt = v; return this; }
    public TestClaims tokenId(String v) { tokenId = v; return this; }
    public TestClaims name(String v) { name = v; return this; }
    public TestClaims metadata(String v) { metadata = v; return this; }
    public TestClaims attributes(Map<String, String> v) { attributes = v; return this; }
    public TestClaims kind(ParticipantKind v) { kind = v; return this; }
    public TestClaims sha256(String v) { sha256 = v; return this; }
    public TestClaims video(VideoGrant v) { video = v; return this; }
    public TestClaims purpose(TokenPurpose v) { purpose = v; return this; }

    public TokenClaims build() {
        return new TokenClaims(issuer, Optional.ofNullable(subject), expiresAt, Optional.ofNullable(notBefore),
                Optional.ofNullable(issuedAt), Optional.ofNullable(tokenId), name, metadata, attributes, kind,
                Optional.ofNullable(sha256), video, purpose);
    }
}
