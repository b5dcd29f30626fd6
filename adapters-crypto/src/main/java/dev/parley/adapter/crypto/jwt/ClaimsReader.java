package dev.parley.adapter.crypto.jwt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.parley.application.token.model.TokenClaims;
import dev.parley.application.token.model.TokenPurpose;
import dev.parley.application.token.model.TokenRefusal;
import dev.parley.application.token.model.TokenRefusedException;
import dev.parley.domain.DomainViolation;
import dev.parley.domain.grant.TrackSource;
import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.participant.Identity;
import dev.parley.domain.participant.ParticipantKind;
import java.io.IOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a JWT claims set (RFC 7519 §4) with LiveKit's claim names into {@link TokenClaims}, in
 * one pass of Jackson's streaming parser. Known claims must have their exact JSON type; unknown
 * claims (LiveKit's {@code sip}, {@code roomConfig}, {@code agent}... and anything newer) are
 * skipped, as RFC 7519 §4 requires, after the parser has checked them for duplicates and depth.
 */
final class ClaimsReader {

    /** 9999-12-31T23:59:59Z: the largest NumericDate accepted (RFC 7519 §2). */
    private static final long MAX_EPOCH_SECOND = 253_402_300_799L;
    private static final long ABSENT = Long.MIN_VALUE;
    private static final VideoGrant NO_GRANT = VideoGrant.none();

    private final JsonFactory json;

    ClaimsReader(JsonFactory json) {
        this.json = json;
    }

    TokenClaims read(byte[] payload) {
        try (JsonParser p = json.createParser(payload)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw Refusals.malformed("claims are not a JSON object");
            }
            String iss = "";
            String sub = null;
            long exp = ABSENT;
            long nbf = ABSENT;
            long iat = ABSENT;
            String jti = null;
            String name = "";
            String metadata = "";
            Map<String, String> attributes = Map.of();
            ParticipantKind kind = ParticipantKind.STANDARD;
            String sha256 = null;
            VideoGrant video = NO_GRANT;
            TokenPurpose purpose = TokenPurpose.ACCESS;
            NameGuard names = new NameGuard();
            // nextFieldName / nextTextValue / nextBooleanValue are Jackson's fast paths: one call per
            // member instead of a token, then a name or value lookup.
            int known = rootNames.start();
            while ((known = rootNames.next(p, known < 0 ? rootNames.start() : known)) != NamePredictor.END) {
                if (known < 0) {
                    // RFC 7519 §4: claims that are not understood MUST be ignored.
                    names.unknownAndSkip(p.currentName(), p, p.nextToken());
                    continue;
                }
                names.known(known);
                switch (known) {
                    case 0 -> iss = text(p, "iss");
                    case 1 -> sub = text(p, "sub");
                    case 2 -> exp = numericDate(p, p.nextToken(), "exp");
                    case 3 -> nbf = numericDate(p, p.nextToken(), "nbf");
                    case 4 -> iat = numericDate(p, p.nextToken(), "iat");
                    case 5 -> {
                        jti = text(p, "jti");
                        if (jti.isEmpty()) {
                            throw Refusals.invalid("jti");
                        }
                    }
                    // RFC 7519 §4.1.3: a token with an audience Parley is not in MUST be rejected;
                    // LiveKit tokens carry none, and one that does was meant for someone else.
                    case 6 -> throw Refusals.invalid("aud");
                    case 7 -> name = text(p, "name");
                    case 8 -> metadata = text(p, "metadata");
                    case 9 -> sha256 = text(p, "sha256");
                    case 10 -> attributes = attributes(p, p.nextToken());
                    case 11 -> kind = ParticipantKind.fromClaim(text(p, "kind")).orElseThrow(() -> Refusals.invalid("kind"));
                    case 12 -> purpose = TokenPurpose.fromClaim(text(p, "purpose")).orElseThrow(() -> Refusals.invalid("purpose"));
                    case 13 -> video = video(p, p.nextToken());
                    default -> throw new IllegalStateException("unhandled claim");
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw Refusals.malformed("claims are not one JSON object");
            }
            if (exp == ABSENT) {
                // RFC 7519 makes exp optional; LiveKit requires it (protocol#1706) and so does Parley.
                throw new TokenRefusedException(TokenRefusal.CLAIM_MISSING, "claim 'exp' is required");
            }
            return new TokenClaims(iss, identity(sub), Instant.ofEpochSecond(exp), instant(nbf), instant(iat),
                    Optional.ofNullable(jti), name, metadata, attributes, kind, Optional.ofNullable(sha256), video, purpose);
        } catch (IOException e) {
            throw Refusals.malformed("claims are not valid JSON");
        }
    }

    /** The claims this reader knows; the index is the claim's bit in the duplicate mask. */
    private final NamePredictor rootNames = new NamePredictor(
            "iss", "sub", "exp", "nbf", "iat", "jti", "aud", "name", "metadata", "sha256", "attributes", "kind", "purpose", "video");
    /** The video grant fields this reader knows (LiveKit protocol auth/grants.go). */
    private final NamePredictor videoNames = new NamePredictor(
            "roomCreate", "roomList", "roomRecord", "roomAdmin", "roomJoin", "room", "canPublish", "canSubscribe", "canPublishData",
            "canPublishSources", "canUpdateOwnMetadata", "ingressAdmin", "hidden", "recorder", "agent", "destinationRoom");

    /** LiveKit's source names; other spellings (any case, as protobuf enum names) through the domain's parser. */
    private static TrackSource source(String name) {
        return switch (name) {
            case "camera" -> TrackSource.CAMERA;
            case "microphone" -> TrackSource.MICROPHONE;
            case "screen_share" -> TrackSource.SCREEN_SHARE;
            case "screen_share_audio" -> TrackSource.SCREEN_SHARE_AUDIO;
            default -> TrackSource.fromClaim(name).orElseThrow(() -> Refusals.invalid("video.canPublishSources"));
        };
    }

    private static Optional<Identity> identity(String sub) {
        if (sub == null) {
            return Optional.empty();
        }
        try {
            // Non-empty, at most 256 characters, NFC, no control characters: the domain's rule.
            return Optional.of(Identity.of(sub));
        } catch (DomainViolation e) {
            throw new TokenRefusedException(TokenRefusal.IDENTITY_INVALID, "sub is not a valid identity");
        }
    }

    private static Optional<Instant> instant(long epochSecond) {
        return epochSecond == ABSENT ? Optional.empty() : Optional.of(Instant.ofEpochSecond(epochSecond));
    }

    /** The next value, which must be a JSON string. */
    private static String text(JsonParser p, String claim) throws IOException {
        String s = p.nextTextValue();
        if (s == null) {
            throw Refusals.wrongType(claim);
        }
        return s;
    }

    /** The next value, which must be a JSON boolean. */
    private static boolean bool(JsonParser p, String claim) throws IOException {
        Boolean b = p.nextBooleanValue();
        if (b == null) {
            throw Refusals.wrongType(claim);
        }
        return b;
    }

    /** RFC 7519 §2 NumericDate: a JSON number of seconds, integer or not (fractions dropped). */
    private static long numericDate(JsonParser p, JsonToken v, String claim) throws IOException {
        long seconds;
        if (v == JsonToken.VALUE_NUMBER_INT) {
            // At most 18 digits always fits a long; more (up to the parser's 32) is out of range anyway.
            if (p.getTextLength() > 18) {
                throw Refusals.invalid(claim);
            }
            seconds = p.getLongValue();
        } else if (v == JsonToken.VALUE_NUMBER_FLOAT) {
            double d = p.getDoubleValue();
            if (!(d >= 0 && d <= MAX_EPOCH_SECOND)) {
                throw Refusals.invalid(claim);
            }
            seconds = (long) Math.floor(d);
        } else {
            throw Refusals.wrongType(claim);
        }
        if (seconds < 0 || seconds > MAX_EPOCH_SECOND) {
            throw Refusals.invalid(claim);
        }
        return seconds;
    }

    private static Map<String, String> attributes(JsonParser p, JsonToken v) throws IOException {
        if (v != JsonToken.START_OBJECT) {
            throw Refusals.wrongType("attributes");
        }
        Map<String, String> map = null;
        String key;
        while ((key = p.nextFieldName()) != null) {
            String value = p.nextTextValue();
            if (value == null) {
                throw Refusals.wrongType("attributes");
            }
            if (map == null) {
                map = new HashMap<>();
            }
            if (map.put(key, value) != null) {
                throw Refusals.malformed("duplicate attribute");
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw Refusals.malformed("attributes are not an object");
        }
        return map == null ? Map.of() : map;
    }

    /** LiveKit's video grant (protocol auth/grants.go), field names in camelCase, unknown fields skipped. */
    private VideoGrant video(JsonParser p, JsonToken v) throws IOException {
        if (v != JsonToken.START_OBJECT) {
            throw Refusals.wrongType("video");
        }
        // Locals and one constructor call: the hot path builds a single VideoGrant.
        boolean roomCreate = false;
        boolean roomList = false;
        boolean roomRecord = false;
        boolean roomAdmin = false;
        boolean roomJoin = false;
        String room = "";
        Boolean canPublish = null;
        Boolean canSubscribe = null;
        Boolean canPublishData = null;
        Set<TrackSource> sources = Set.of();
        Boolean canUpdateOwnMetadata = null;
        boolean ingressAdmin = false;
        boolean hidden = false;
        boolean recorder = false;
        boolean agent = false;
        String destinationRoom = "";
        NameGuard names = new NameGuard();
        int known = videoNames.start();
        while ((known = videoNames.next(p, known < 0 ? videoNames.start() : known)) != NamePredictor.END) {
            if (known < 0) {
                names.unknownAndSkip(p.currentName(), p, p.nextToken());
                continue;
            }
            names.known(known);
            switch (known) {
                case 0 -> roomCreate = bool(p, "video.roomCreate");
                case 1 -> roomList = bool(p, "video.roomList");
                case 2 -> roomRecord = bool(p, "video.roomRecord");
                case 3 -> roomAdmin = bool(p, "video.roomAdmin");
                case 4 -> roomJoin = bool(p, "video.roomJoin");
                case 5 -> room = text(p, "video.room");
                case 6 -> canPublish = bool(p, "video.canPublish");
                case 7 -> canSubscribe = bool(p, "video.canSubscribe");
                case 8 -> canPublishData = bool(p, "video.canPublishData");
                case 9 -> sources = sources(p, p.nextToken());
                case 10 -> canUpdateOwnMetadata = bool(p, "video.canUpdateOwnMetadata");
                case 11 -> ingressAdmin = bool(p, "video.ingressAdmin");
                case 12 -> hidden = bool(p, "video.hidden");
                case 13 -> recorder = bool(p, "video.recorder");
                case 14 -> agent = bool(p, "video.agent");
                case 15 -> destinationRoom = text(p, "video.destinationRoom");
                default -> throw new IllegalStateException("unhandled video field");
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw Refusals.malformed("video is not an object");
        }
        return new VideoGrant(roomCreate, roomList, roomRecord, roomAdmin, roomJoin, room, canPublish, canSubscribe,
                canPublishData, sources, canUpdateOwnMetadata, ingressAdmin, hidden, recorder, agent, destinationRoom);
    }


    /**
     * canPublishSources: an array of source names. An unknown name is refused rather than dropped:
     * dropping it could leave the list empty, and an empty list means every source.
     */
    private static EnumSet<TrackSource> sources(JsonParser p, JsonToken v) throws IOException {
        if (v != JsonToken.START_ARRAY) {
            throw Refusals.wrongType("video.canPublishSources");
        }
        EnumSet<TrackSource> set = EnumSet.noneOf(TrackSource.class);
        String source;
        while ((source = p.nextTextValue()) != null) {
            set.add(source(source));
        }
        if (p.currentToken() != JsonToken.END_ARRAY) {
            throw Refusals.wrongType("video.canPublishSources");
        }
        return set;
    }
}
