package dev.parley.adapter.crypto.jwt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import dev.parley.application.token.model.TokenClaims;
import dev.parley.domain.grant.TrackSource;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.participant.ParticipantKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@link TokenClaims} as LiveKit writes them (protocol auth/grants.go with Go's
 * {@code omitempty}): registered claims as NumericDate integers, the video grant in camelCase with
 * false booleans and absent optionals left out, plus Parley's {@code purpose}, which LiveKit's
 * verifiers ignore as an unknown claim.
 */
final class ClaimsWriter {

    private final JsonFactory json;

    ClaimsWriter(JsonFactory json) {
        this.json = json;
    }

    byte[] write(TokenClaims c) {
        ByteArrayBuilder out = new ByteArrayBuilder(256);
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("iss", c.issuer());
            if (c.subject().isPresent()) {
                g.writeStringField("sub", c.subject().get().value());
            }
            if (c.notBefore().isPresent()) {
                g.writeNumberField("nbf", c.notBefore().get().getEpochSecond());
            }
            if (c.issuedAt().isPresent()) {
                g.writeNumberField("iat", c.issuedAt().get().getEpochSecond());
            }
            g.writeNumberField("exp", seconds(c.expiresAt()));
            if (c.tokenId().isPresent()) {
                g.writeStringField("jti", c.tokenId().get());
            }
            if (!c.name().isEmpty()) {
                g.writeStringField("name", c.name());
            }
            if (!c.metadata().isEmpty()) {
                g.writeStringField("metadata", c.metadata());
            }
            if (!c.attributes().isEmpty()) {
                g.writeObjectFieldStart("attributes");
                for (Map.Entry<String, String> e : new TreeMap<>(c.attributes()).entrySet()) {
                    g.writeStringField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
            }
            if (c.kind() != ParticipantKind.STANDARD) {
                g.writeStringField("kind", c.kind().claimValue());
            }
            if (c.sha256().isPresent()) {
                g.writeStringField("sha256", c.sha256().get());
            }
            writeVideo(g, c.video());
            g.writeStringField("purpose", c.purpose().claimValue());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static long seconds(Instant t) {
        return t.getEpochSecond();
    }

    private static void writeVideo(JsonGenerator g, VideoGrant v) throws IOException {
        g.writeObjectFieldStart("video");
        flag(g, "roomCreate", v.roomCreate());
        flag(g, "roomList", v.roomList());
        flag(g, "roomRecord", v.roomRecord());
        flag(g, "roomAdmin", v.roomAdmin());
        flag(g, "roomJoin", v.roomJoin());
        if (!v.room().isEmpty()) {
            g.writeStringField("room", v.room());
        }
        optional(g, "canPublish", v.canPublish());
        optional(g, "canSubscribe", v.canSubscribe());
        optional(g, "canPublishData", v.canPublishData());
        if (!v.canPublishSources().isEmpty()) {
            g.writeArrayFieldStart("canPublishSources");
            for (TrackSource s : TrackSource.values()) {
                if (v.canPublishSources().contains(s)) {
                    g.writeString(s.claimValue());
                }
            }
            g.writeEndArray();
        }
        optional(g, "canUpdateOwnMetadata", v.canUpdateOwnMetadata());
        flag(g, "ingressAdmin", v.ingressAdmin());
        flag(g, "hidden", v.hidden());
        flag(g, "recorder", v.recorder());
        flag(g, "agent", v.agent());
        if (!v.destinationRoom().isEmpty()) {
            g.writeStringField("destinationRoom", v.destinationRoom());
        }
        g.writeEndObject();
    }

    private static void flag(JsonGenerator g, String name, boolean value) throws IOException {
        if (value) {
            g.writeBooleanField(name, true);
        }
    }

    private static void optional(JsonGenerator g, String name, Boolean value) throws IOException {
        if (value != null) {
            g.writeBooleanField(name, value);
        }
    }
}
