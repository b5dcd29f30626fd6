package dev.parley.adapter.crypto.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.token.TokenPolicy;
import dev.parley.application.token.model.TokenPurpose;
import dev.parley.application.token.model.TokenRefusal;
import dev.parley.application.token.model.TokenRefusedException;
import dev.parley.application.token.TokenVerificationService;
import dev.parley.application.token.key.Ed25519KeyPair;
import dev.parley.application.token.key.KeyState;
import dev.parley.application.token.key.NewKey;
import dev.parley.application.token.key.TokenAlgorithm;
import dev.parley.domain.participant.Identity;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The attack corpus: hostile tokens, each named for the rule it breaks (RFC 7515, RFC 7519,
 * RFC 8725 sections, LiveKit and Parley rules), each refused by the real verifier with the
 * expected code and nothing but a {@link TokenRefusedException}. Every token is built by hand
 * ({@link Jws}) and, unless the attack is about the signature, correctly signed, so that the
 * case isolates the one rule it names.
 */
class AttackCorpusTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final long T = NOW.getEpochSecond();
    private static final String KEY = "APIkey";
    private static final String SECRET_TEXT = "corpus-secret-0123456789-abcdefghijklmnop";
    private static final byte[] SECRET = SECRET_TEXT.getBytes(StandardCharsets.UTF_8);
    private static final String HS256 = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";

    private static TokenTestBed bed;
    /** The default policy (8 KiB tokens); */
    private static TokenVerificationService strict;
    /** The same rules with the size gate opened to 64 KiB, to reach the parser's depth limit. */
    private static TokenVerificationService roomy;
    private static String edKeyId;
    private static byte[] edPublic;
    private static byte[] edPrivate;

    @BeforeAll
    static void keyRing() {
        bed = new TokenTestBed(NOW, TokenPolicy.defaults());
        strict = bed.verifier;
        roomy = new TokenVerificationService(bed.codec, bed.keyRing, bed.revocations, bed.clock,
                new TokenPolicy(Duration.ofSeconds(60), Duration.ofHours(24), 64 * 1024, Duration.ofMinutes(10), false));
        bed.keys.importSecret(KEY, SECRET_TEXT);
        bed.keys.importSecret("APIrevoked", SECRET_TEXT);
        bed.keys.changeState("APIrevoked", KeyState.REVOKED);
        bed.devKeys.importSecret("APIweak", "secret");
        NewKey ed = bed.keys.create(TokenAlgorithm.EDDSA);
        edKeyId = ed.key().id();
        Ed25519KeyPair pair = (Ed25519KeyPair) bed.key(edKeyId).material();
        edPublic = pair.publicKey();
        edPrivate = pair.privateKey().orElseThrow();
        bed.revocations.revokeTokenId("revoked-jti", NOW.plus(Duration.ofHours(1)));
        bed.revocations.revokeSubject(Identity.of("banned"), "room-a", NOW, NOW.plus(Duration.ofDays(2)));
    }

    // ------------------------------------------------------------------ building blocks

    /** A valid claims set as an ordered map of raw JSON values; cases replace, remove or add. */
    private static final class Claims {
        private final Map<String, String> raw = new LinkedHashMap<>();
        private final StringBuilder extra = new StringBuilder();

        Claims() {
            raw.put("iss", "\"" + KEY + "\"");
            raw.put("sub", "\"alice\"");
            raw.put("nbf", String.valueOf(T));
            raw.put("iat", String.valueOf(T));
            raw.put("exp", String.valueOf(T + 600));
            raw.put("video", "{\"roomJoin\":true,\"room\":\"room-a\"}");
        }

        Claims set(String name, String rawJson) {
            raw.put(name, rawJson);
            return this;
        }

        Claims remove(String name) {
            raw.remove(name);
            return this;
        }

        /** Appends a raw member (may duplicate a name). */
        Claims append(String member) {
            extra.append(',').append(member);
            return this;
        }

        String json() {
            StringBuilder sb = new StringBuilder("{");
            raw.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
            return sb.append(extra).append('}').toString();
        }
    }

    private static Claims claims() {
        return new Claims();
    }

    private static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c == '"' || c == '\\' || c > 0x7e) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private static String signed(Claims c) {
        return Jws.hs256(HS256, c.json(), SECRET);
    }

    private static String signedHeader(String header, Claims c) {
        return Jws.hs256(header, c.json(), SECRET);
    }

    private static String unsigned(String header, String payload, String signature) {
        return Jws.b64(header) + "." + Jws.b64(payload) + "." + signature;
    }

    private static String ed25519(String header, String payload, byte[] privateKey) {
        try {
            String input = Jws.b64(header) + "." + Jws.b64(payload);
            KeyFactory kf = KeyFactory.getInstance("Ed25519");
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(kf.generatePrivate(new PKCS8EncodedKeySpec(concat(HexFormat.of().parseHex("302e020100300506032b657004220420"), privateKey))));
            s.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + Jws.b64(s.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static String replaceSegment(String token, int index, String segment) {
        String[] parts = token.split("\\.", -1);
        parts[index] = segment;
        return String.join(".", parts);
    }

    private static String lastCharBitsSet(String segment) {
        // The last character of a 32-byte (43-char) segment carries 2 unused bits; set one.
        char last = segment.charAt(segment.length() - 1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        int v = alphabet.indexOf(last);
        return segment.substring(0, segment.length() - 1) + alphabet.charAt(v | 1);
    }

    // ------------------------------------------------------------------ the corpus

    private record Case(String name, TokenRefusal expected, String token, TokenPurpose purpose, boolean roomyPolicy) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Case> CASES = new ArrayList<>();

    private static void add(String rule, TokenRefusal expected, String token) {
        CASES.add(new Case(rule, expected, token, TokenPurpose.ACCESS, false));
    }

    private static void addFor(String rule, TokenRefusal expected, String token, TokenPurpose purpose) {
        CASES.add(new Case(rule, expected, token, purpose, false));
    }

    private static void addRoomy(String rule, TokenRefusal expected, String token) {
        CASES.add(new Case(rule, expected, token, TokenPurpose.ACCESS, true));
    }

    static Stream<Arguments> corpus() {
        if (CASES.isEmpty()) {
            buildCorpus();
        }
        return CASES.stream().map(c -> Arguments.of(c));
    }

    private static void buildCorpus() {
        String valid = signed(claims());
        String[] validParts = valid.split("\\.");
        String otherValid = signed(claims().set("sub", "\"mallory\""));

        // --- RFC 8725 §2.1, §3.1: algorithm allow-list; "none" in every spelling
        for (String none : List.of("none", "None", "NONE", "nOnE", "none ", " none")) {
            String spelling = none.startsWith(" ") ? "space_none" : none.endsWith(" ") ? "none_space" : none;
            add("rfc8725_3_1_alg_" + spelling + "_unsigned", TokenRefusal.ALGORITHM_REFUSED,
                    unsigned("{\"alg\":\"" + none + "\",\"typ\":\"JWT\"}", claims().json(), ""));
        }
        add("rfc8725_3_1_alg_none_with_a_valid_hmac_as_signature", TokenRefusal.ALGORITHM_REFUSED,
                Jws.hs256("{\"alg\":\"none\"}", claims().json(), SECRET));
        add("rfc8725_3_1_alg_none_signature_of_the_same_claims_copied", TokenRefusal.ALGORITHM_REFUSED,
                Jws.b64("{\"alg\":\"none\"}") + "." + validParts[1] + "." + validParts[2]);
        add("rfc8725_3_1_alg_HS384_signed_with_the_secret", TokenRefusal.ALGORITHM_REFUSED,
                Jws.b64("{\"alg\":\"HS384\"}") + "." + Jws.b64(claims().json()) + "."
                        + Jws.b64(Jws.hmac("HmacSHA384", SECRET, Jws.b64("{\"alg\":\"HS384\"}") + "." + Jws.b64(claims().json()))));
        add("rfc8725_3_1_alg_HS512_signed_with_the_secret", TokenRefusal.ALGORITHM_REFUSED,
                Jws.b64("{\"alg\":\"HS512\"}") + "." + Jws.b64(claims().json()) + "."
                        + Jws.b64(Jws.hmac("HmacSHA512", SECRET, Jws.b64("{\"alg\":\"HS512\"}") + "." + Jws.b64(claims().json()))));
        for (String alg : List.of("RS256", "ES256", "PS256", "ES256K", "hs256", "Hs256", "HS256 ", "HS 256", "", "Ed25519", "eddsa", "HS256\u0000")) {
            add("rfc8725_3_1_alg_not_on_the_allow_list_" + str(alg).replaceAll("[^A-Za-z0-9]", "_"), TokenRefusal.ALGORITHM_REFUSED,
                    signedHeader("{\"alg\":" + str(alg) + "}", claims()));
        }
        add("rfc8725_3_1_alg_EdDSA_header_on_an_HS256_key", TokenRefusal.ALGORITHM_REFUSED,
                ed25519("{\"alg\":\"EdDSA\"}", claims().json(), edPrivate));
        add("rfc8725_2_1_key_confusion_HS256_with_the_Ed25519_public_key_as_hmac_secret", TokenRefusal.ALGORITHM_REFUSED,
                Jws.hs256(HS256, claims().set("iss", str(edKeyId)).json(), edPublic));
        add("rfc8725_2_1_key_confusion_HS256_with_the_X509_public_key_as_hmac_secret", TokenRefusal.ALGORITHM_REFUSED,
                Jws.hs256(HS256, claims().set("iss", str(edKeyId)).json(),
                        concat(HexFormat.of().parseHex("302a300506032b6570032100"), edPublic)));
        add("rfc8725_2_1_key_confusion_HS256_with_the_base64url_public_key_as_hmac_secret", TokenRefusal.ALGORITHM_REFUSED,
                Jws.hs256(HS256, claims().set("iss", str(edKeyId)).json(), Jws.b64(edPublic).getBytes(StandardCharsets.US_ASCII)));

        // --- RFC 7515 §4.1: header parameters
        add("rfc7515_4_1_1_alg_missing", TokenRefusal.MALFORMED, signedHeader("{\"typ\":\"JWT\"}", claims()));
        add("rfc7515_4_1_1_alg_null", TokenRefusal.MALFORMED, signedHeader("{\"alg\":null}", claims()));
        add("rfc7515_4_1_1_alg_number", TokenRefusal.MALFORMED, signedHeader("{\"alg\":256}", claims()));
        add("rfc7515_4_1_1_alg_array", TokenRefusal.MALFORMED, signedHeader("{\"alg\":[\"HS256\"]}", claims()));
        add("rfc7519_5_1_typ_other_than_JWT", TokenRefusal.MALFORMED, signedHeader("{\"alg\":\"HS256\",\"typ\":\"at+jwt\"}", claims()));
        add("rfc7515_4_1_11_crit_is_refused", TokenRefusal.MALFORMED, signedHeader("{\"alg\":\"HS256\",\"crit\":[\"exp\"],\"exp\":1}", claims()));
        add("rfc7797_unencoded_payload_b64_false", TokenRefusal.MALFORMED, signedHeader("{\"alg\":\"HS256\",\"b64\":false,\"crit\":[\"b64\"]}", claims()));
        add("rfc7519_5_2_nested_jwt_cty", TokenRefusal.MALFORMED, signedHeader("{\"alg\":\"HS256\",\"cty\":\"JWT\"}", claims()));
        add("rfc8725_3_6_jwe_enc_parameter", TokenRefusal.MALFORMED, signedHeader("{\"alg\":\"HS256\",\"enc\":\"A256GCM\"}", claims()));
        add("rfc8725_3_6_compression_zip_parameter", TokenRefusal.MALFORMED, signedHeader("{\"alg\":\"HS256\",\"zip\":\"DEF\"}", claims()));
        add("rfc7515_7_1_header_is_an_array", TokenRefusal.MALFORMED, signedHeader("[\"HS256\"]", claims()));
        add("rfc7515_7_1_header_is_a_string", TokenRefusal.MALFORMED, signedHeader("\"HS256\"", claims()));
        add("rfc7519_4_duplicate_alg_in_header", TokenRefusal.MALFORMED, signedHeader("{\"alg\":\"HS256\",\"alg\":\"none\"}", claims()));
        add("rfc8259_header_trailing_garbage", TokenRefusal.MALFORMED, signedHeader("{\"alg\":\"HS256\"}x", claims()));
        add("rfc8259_header_two_objects", TokenRefusal.MALFORMED, signedHeader("{}{\"alg\":\"HS256\"}", claims()));
        add("rfc8259_header_deeply_nested", TokenRefusal.MALFORMED, signedHeader("{\"alg\":\"HS256\",\"x\":" + nested(100) + "}", claims()));
        byte[] attacker = "attacker-secret-0123456789abcdefghijkl".getBytes(StandardCharsets.UTF_8);
        add("rfc8725_3_10_embedded_jwk_is_ignored", TokenRefusal.SIGNATURE_INVALID,
                Jws.hs256("{\"alg\":\"HS256\",\"jwk\":{\"kty\":\"oct\",\"k\":\"" + Jws.b64(attacker) + "\"}}", claims().json(), attacker));
        add("rfc8725_3_10_jku_url_is_ignored", TokenRefusal.SIGNATURE_INVALID,
                Jws.hs256("{\"alg\":\"HS256\",\"jku\":\"https://attacker.example/jwks\"}", claims().json(), attacker));
        add("rfc8725_3_10_kid_never_selects_the_key", TokenRefusal.SIGNATURE_INVALID,
                Jws.hs256("{\"alg\":\"HS256\",\"kid\":\"../../dev/null\"}", claims().json(), attacker));

        // --- RFC 7515 §5.2: signature
        add("rfc7515_5_2_stripped_signature", TokenRefusal.SIGNATURE_INVALID, validParts[0] + "." + validParts[1] + ".");
        add("rfc7515_7_1_stripped_signature_and_dot", TokenRefusal.MALFORMED, validParts[0] + "." + validParts[1]);
        add("rfc7515_5_2_signature_of_another_token", TokenRefusal.SIGNATURE_INVALID, replaceSegment(valid, 2, otherValid.split("\\.")[2]));
        add("rfc7515_5_2_signed_with_another_secret", TokenRefusal.SIGNATURE_INVALID, Jws.hs256(HS256, claims().json(), attacker));
        add("rfc7515_5_2_signature_truncated", TokenRefusal.SIGNATURE_INVALID, replaceSegment(valid, 2, validParts[2].substring(0, 40)));
        add("rfc7515_5_2_signature_extended", TokenRefusal.SIGNATURE_INVALID, valid + "AAAA");
        String flipped = validParts[2].charAt(0) == 'A' ? "B" + validParts[2].substring(1) : "A" + validParts[2].substring(1);
        add("rfc7515_5_2_signature_with_a_flipped_bit", TokenRefusal.SIGNATURE_INVALID, replaceSegment(valid, 2, flipped));
        add("rfc7515_5_2_signature_all_zero", TokenRefusal.SIGNATURE_INVALID, replaceSegment(valid, 2, Jws.b64(new byte[32])));
        add("rfc7515_5_2_claims_changed_after_signing_roomAdmin_added", TokenRefusal.SIGNATURE_INVALID,
                replaceSegment(valid, 1, Jws.b64(claims().set("video", "{\"roomJoin\":true,\"room\":\"room-a\",\"roomAdmin\":true}").json())));
        add("rfc7515_5_2_claims_changed_after_signing_exp_extended", TokenRefusal.SIGNATURE_INVALID,
                replaceSegment(valid, 1, Jws.b64(claims().set("exp", String.valueOf(T + 3600)).json())));
        add("rfc7515_5_2_header_changed_after_signing", TokenRefusal.SIGNATURE_INVALID, replaceSegment(valid, 0, Jws.b64("{\"alg\":\"HS256\"}")));
        add("rfc7515_2_signature_with_non_zero_unused_bits", TokenRefusal.MALFORMED, replaceSegment(valid, 2, lastCharBitsSet(validParts[2])));
        add("rfc7515_2_signature_in_standard_base64_alphabet", TokenRefusal.MALFORMED, replaceSegment(valid, 2, "+" + validParts[2].substring(1)));
        add("rfc7515_2_signature_padded", TokenRefusal.MALFORMED, valid + "=");
        add("rfc8037_3_1_eddsa_signature_by_another_key", TokenRefusal.SIGNATURE_INVALID,
                ed25519("{\"alg\":\"EdDSA\"}", claims().set("iss", str(edKeyId)).json(), new byte[32]));
        String edValid = ed25519("{\"alg\":\"EdDSA\"}", claims().set("iss", str(edKeyId)).json(), edPrivate);
        String edOther = ed25519("{\"alg\":\"EdDSA\"}", claims().set("iss", str(edKeyId)).set("sub", "\"mallory\"").json(), edPrivate);
        add("rfc8037_3_1_eddsa_signature_of_another_token", TokenRefusal.SIGNATURE_INVALID, replaceSegment(edValid, 2, edOther.split("\\.")[2]));
        add("rfc8037_3_1_eddsa_signature_too_short", TokenRefusal.SIGNATURE_INVALID, replaceSegment(edValid, 2, Jws.b64(new byte[63])));

        // --- RFC 7515 §7.1: compact serialization, segments and base64url
        add("rfc7515_7_1_one_segment", TokenRefusal.MALFORMED, validParts[0]);
        add("rfc7515_7_1_only_dots", TokenRefusal.MALFORMED, "..");
        add("rfc7515_7_1_four_segments", TokenRefusal.MALFORMED, valid + ".x");
        add("rfc7516_7_1_five_segments_jwe_shape", TokenRefusal.MALFORMED, valid + ".x.y");
        add("rfc7515_7_1_empty_header_segment", TokenRefusal.MALFORMED, "." + validParts[1] + "." + validParts[2]);
        add("rfc7515_7_1_empty_payload_segment", TokenRefusal.MALFORMED, validParts[0] + ".." + validParts[2]);
        add("rfc7515_7_1_truncated_payload_segment", TokenRefusal.MALFORMED,
                Jws.hs256Segments(validParts[0], validParts[1].substring(0, validParts[1].length() / 2 / 4 * 4), SECRET));
        add("rfc7515_7_1_truncated_after_header", TokenRefusal.MALFORMED, validParts[0] + ".");
        add("rfc7515_2_bad_base64url_character_in_payload", TokenRefusal.MALFORMED, replaceSegment(valid, 1, "*" + validParts[1].substring(1)));
        add("rfc7515_2_standard_alphabet_in_payload", TokenRefusal.MALFORMED, replaceSegment(valid, 1, "/" + validParts[1].substring(1)));
        add("rfc7515_2_padding_in_header", TokenRefusal.MALFORMED,
                Jws.hs256Segments(Base64.getUrlEncoder().encodeToString("{\"alg\":\"HS256\"} ".getBytes(StandardCharsets.US_ASCII)),
                        validParts[1], SECRET));
        add("rfc7515_2_padding_in_payload", TokenRefusal.MALFORMED,
                Jws.hs256Segments(validParts[0], Base64.getUrlEncoder().encodeToString((claims().json() + " ").getBytes(StandardCharsets.US_ASCII)), SECRET));
        add("rfc7515_2_payload_length_one_mod_four", TokenRefusal.MALFORMED, Jws.hs256Segments(validParts[0], validParts[1] + "A", SECRET));
        String payloadSeg = Jws.b64(claims().json() + "  ");
        add("rfc7515_2_payload_non_zero_unused_bits", TokenRefusal.MALFORMED,
                Jws.hs256Segments(validParts[0], payloadSeg.length() % 4 == 0 ? payloadSeg + "AB" : lastCharBitsSet(payloadSeg), SECRET));
        add("rfc7515_7_1_whitespace_inside", TokenRefusal.MALFORMED, validParts[0] + ". " + validParts[1] + "." + validParts[2]);
        add("rfc7515_7_1_newline_inside", TokenRefusal.MALFORMED, validParts[0] + ".\n" + validParts[1] + "." + validParts[2]);
        add("rfc7515_7_1_leading_space", TokenRefusal.MALFORMED, " " + valid);
        add("rfc7515_7_1_bearer_prefix_left_in", TokenRefusal.MALFORMED, "Bearer " + valid);
        add("rfc7515_7_1_non_ascii_character", TokenRefusal.MALFORMED, replaceSegment(valid, 1, "é" + validParts[1].substring(1)));
        add("rfc7515_7_1_surrogate_pair_character_found_by_jazzer", TokenRefusal.MALFORMED,
                replaceSegment(valid, 1, validParts[1].substring(0, 8) + "\uD83D\uDE00" + validParts[1].substring(8)));
        add("rfc7515_7_1_lone_surrogate_character", TokenRefusal.MALFORMED, replaceSegment(valid, 1, "\uD83D" + validParts[1].substring(1)));
        add("rfc7515_7_1_nul_character", TokenRefusal.MALFORMED, replaceSegment(valid, 1, "\u0000" + validParts[1].substring(1)));

        // --- RFC 7519 §7.2 / RFC 8259: the claims set is one JSON object
        for (String[] bad : new String[][] {
                {"not_json", "this is not json"}, {"array", "[1,2,3]"}, {"string", "\"claims\""}, {"number", "42"}, {"null", "null"},
                {"two_objects", claims().json() + "{}"}, {"trailing_comma", "{\"iss\":\"APIkey\",\"exp\":" + (T + 60) + ",}"},
                {"comment", "{/*x*/\"iss\":\"APIkey\",\"exp\":" + (T + 60) + "}"}, {"single_quotes", "{'iss':'APIkey','exp':" + (T + 60) + "}"},
                {"NaN", "{\"iss\":\"APIkey\",\"exp\":NaN}"}, {"leading_zero", "{\"iss\":\"APIkey\",\"exp\":0" + (T + 60) + "}"},
                {"unquoted_name", "{iss:\"APIkey\",\"exp\":" + (T + 60) + "}"}, {"truncated", claims().json().substring(0, 40)},
                {"empty", ""}, {"control_char_in_string", "{\"iss\":\"API\u0001key\",\"exp\":" + (T + 60) + "}"}}) {
            add("rfc8259_claims_" + bad[0], TokenRefusal.MALFORMED, Jws.hs256(HS256, bad[1], SECRET));
        }
        String invalidUtf8 = Jws.b64(new byte[] {'{', '"', 'i', 's', 's', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        add("rfc8259_8_1_invalid_utf8_in_claims", TokenRefusal.MALFORMED, Jws.hs256Segments(validParts[0], invalidUtf8, SECRET));

        // --- size and depth limits
        add("size_limit_token_over_8KiB", TokenRefusal.TOO_LARGE, signed(claims().set("metadata", str("m".repeat(8 * 1024)))));
        add("size_limit_one_MiB_of_garbage", TokenRefusal.TOO_LARGE, "A".repeat(1 << 20));
        add("size_limit_10k_deep_json_stops_at_the_size_gate", TokenRefusal.TOO_LARGE, signed(claims().set("x", nested(10_000))));
        addRoomy("depth_limit_10k_deep_json_with_size_gate_opened", TokenRefusal.MALFORMED, signed(claims().set("x", nested(10_000))));
        add("depth_limit_1000_deep_unknown_claim", TokenRefusal.MALFORMED, signed(claims().set("x", nested(1000))));
        add("depth_limit_17_deep_object_in_unknown_claim", TokenRefusal.MALFORMED,
                signed(claims().set("x", "{\"a\":".repeat(16) + "1" + "}".repeat(16))));
        add("depth_limit_deep_video_grant", TokenRefusal.MALFORMED,
                signed(claims().set("video", "{\"roomJoin\":true,\"x\":" + nested(50) + "}")));
        add("number_limit_exp_with_100_digits", TokenRefusal.MALFORMED, signed(claims().set("exp", "1" + "0".repeat(99))));

        // --- RFC 7519 §4, RFC 8725 §3.4: duplicate claim names
        add("rfc7519_4_duplicate_exp", TokenRefusal.MALFORMED, signed(claims().append("\"exp\":" + (T + 86_400_000))));
        add("rfc7519_4_duplicate_iss", TokenRefusal.MALFORMED, signed(claims().append("\"iss\":\"APIother\"")));
        add("rfc7519_4_duplicate_sub", TokenRefusal.MALFORMED, signed(claims().append("\"sub\":\"admin\"")));
        add("rfc7519_4_duplicate_video", TokenRefusal.MALFORMED, signed(claims().append("\"video\":{\"roomAdmin\":true}")));
        add("rfc7519_4_duplicate_field_in_video", TokenRefusal.MALFORMED,
                signed(claims().set("video", "{\"roomJoin\":true,\"room\":\"room-a\",\"room\":\"room-b\"}")));
        add("rfc7519_4_duplicate_attribute", TokenRefusal.MALFORMED, signed(claims().set("attributes", "{\"role\":\"user\",\"role\":\"admin\"}")));
        add("rfc7519_4_duplicate_in_unknown_claim", TokenRefusal.MALFORMED, signed(claims().set("sip", "{\"admin\":false,\"admin\":true}")));
        add("rfc7519_4_duplicate_unknown_claim", TokenRefusal.MALFORMED, signed(claims().set("x", "1").append("\"x\":2")));
        add("rfc7519_4_duplicate_deep_in_unknown_claim_array", TokenRefusal.MALFORMED,
                signed(claims().set("roomConfig", "{\"agents\":[{\"agentName\":\"a\",\"agentName\":\"b\"}]}")));
        add("rfc7519_4_duplicate_unknown_field_in_video", TokenRefusal.MALFORMED,
                signed(claims().set("video", "{\"roomJoin\":true,\"room\":\"room-a\",\"agentX\":{},\"agentX\":[]}")));
        add("rfc7519_4_duplicate_spelled_with_unicode_escape", TokenRefusal.MALFORMED, signed(claims().append("\"\\u0065xp\":" + (T + 86_400_000))));

        // --- exact claim types
        for (String[] wrong : new String[][] {
                {"exp", "\"" + (T + 600) + "\""}, {"exp", "true"}, {"exp", "null"}, {"exp", "{}"}, {"nbf", "\"" + T + "\""},
                {"iat", "[" + T + "]"}, {"iss", "123"}, {"iss", "[\"APIkey\"]"}, {"sub", "42"}, {"sub", "null"}, {"video", "[]"},
                {"video", "\"roomJoin\""}, {"video", "null"}, {"name", "7"}, {"metadata", "{\"a\":1}"}, {"jti", "99"}, {"kind", "1"},
                {"purpose", "true"}, {"sha256", "[]"}, {"attributes", "[\"a\"]"}, {"attributes", "{\"a\":1}"}, {"attributes", "{\"a\":null}"}}) {
            add("claim_type_" + wrong[0] + "_as_" + wrong[1].replaceAll("[^A-Za-z0-9]", "_"), TokenRefusal.CLAIM_TYPE_INVALID,
                    signed(claims().set(wrong[0], wrong[1])));
        }
        for (String[] wrong : new String[][] {
                {"roomJoin", "\"true\""}, {"roomJoin", "1"}, {"canPublish", "null"}, {"canSubscribe", "\"no\""}, {"room", "5"},
                {"roomAdmin", "{}"}, {"canPublishSources", "\"camera\""}, {"canPublishSources", "[1]"}, {"canPublishSources", "[[\"camera\"]]"},
                {"hidden", "0"}}) {
            Map<String, String> video = new LinkedHashMap<>(Map.of("roomJoin", "true", "room", "\"room-a\""));
            video.put(wrong[0], wrong[1]);
            StringBuilder json = new StringBuilder("{");
            video.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
            add("claim_type_video_" + wrong[0] + "_as_" + wrong[1].replaceAll("[^A-Za-z0-9]", "_"), TokenRefusal.CLAIM_TYPE_INVALID,
                    signed(claims().set("video", json.append('}').toString())));
        }

        // --- claim values
        add("rfc7519_2_exp_negative", TokenRefusal.CLAIM_INVALID, signed(claims().set("exp", "-1")));
        add("rfc7519_2_exp_after_year_9999", TokenRefusal.CLAIM_INVALID, signed(claims().set("exp", "253402300800")));
        add("rfc7519_2_exp_infinite_float", TokenRefusal.CLAIM_INVALID, signed(claims().set("exp", "1e400")));
        add("rfc7519_2_exp_big_integer", TokenRefusal.CLAIM_INVALID, signed(claims().set("exp", "123456789012345678901234567890")));
        add("livekit_kind_unknown", TokenRefusal.CLAIM_INVALID, signed(claims().set("kind", "\"superuser\"")));
        add("parley_purpose_unknown", TokenRefusal.CLAIM_INVALID, signed(claims().set("purpose", "\"admin\"")));
        add("livekit_unknown_source_would_widen_to_all_sources", TokenRefusal.CLAIM_INVALID,
                signed(claims().set("video", "{\"roomJoin\":true,\"room\":\"room-a\",\"canPublishSources\":[\"screen_share_video\"]}")));
        add("rfc7519_4_1_3_audience_present", TokenRefusal.CLAIM_INVALID, signed(claims().set("aud", "\"https://other.example\"")));
        add("rfc7519_4_1_7_empty_jti", TokenRefusal.CLAIM_INVALID, signed(claims().set("jti", "\"\"")));
        add("rfc7519_4_1_5_exp_not_after_nbf", TokenRefusal.CLAIM_INVALID, signed(claims().set("nbf", String.valueOf(T + 30)).set("exp", String.valueOf(T + 20))));
        add("livekit_protocol_1706_exp_missing", TokenRefusal.CLAIM_MISSING, signed(claims().remove("exp")));

        // --- RFC 7519 §4.1.4, §4.1.5 and the lifetime policy
        add("rfc7519_4_1_4_expired_beyond_leeway", TokenRefusal.EXPIRED, signed(claims().set("nbf", String.valueOf(T - 700)).set("exp", String.valueOf(T - 60))));
        add("rfc7519_4_1_4_expired_long_ago", TokenRefusal.EXPIRED, signed(claims().remove("nbf").remove("iat").set("exp", "1000000000")));
        add("rfc7519_4_1_4_exp_zero", TokenRefusal.EXPIRED, signed(claims().remove("nbf").remove("iat").set("exp", "0")));
        add("rfc7519_4_1_5_not_yet_valid_beyond_leeway", TokenRefusal.NOT_YET_VALID, signed(claims().set("nbf", String.valueOf(T + 61)).set("exp", String.valueOf(T + 600))));
        add("rfc7519_4_1_5_nbf_far_future", TokenRefusal.NOT_YET_VALID, signed(claims().set("nbf", "4102444800").set("exp", "4102445400")));
        add("lifetime_exp_minus_nbf_over_24h", TokenRefusal.LIFETIME_EXCEEDED, signed(claims().set("exp", String.valueOf(T + 24 * 3600 + 1))));
        add("lifetime_exp_minus_iat_over_24h", TokenRefusal.LIFETIME_EXCEEDED,
                signed(claims().remove("nbf").set("iat", String.valueOf(T - 3600)).set("exp", String.valueOf(T + 23 * 3600 + 1))));
        add("lifetime_no_nbf_no_iat_valid_for_30_days", TokenRefusal.LIFETIME_EXCEEDED,
                signed(claims().remove("nbf").remove("iat").set("exp", String.valueOf(T + 30 * 86400))));
        add("lifetime_future_iat_cannot_stretch_it", TokenRefusal.LIFETIME_EXCEEDED,
                signed(claims().remove("nbf").set("iat", String.valueOf(T + 365 * 86400)).set("exp", String.valueOf(T + 365 * 86400 + 600))));
        add("lifetime_nbf_zero", TokenRefusal.LIFETIME_EXCEEDED, signed(claims().set("nbf", "0").remove("iat").set("exp", String.valueOf(T + 3600))));
        add("lifetime_ten_year_token", TokenRefusal.LIFETIME_EXCEEDED, signed(claims().set("exp", String.valueOf(T + 10L * 365 * 86400))));

        // --- RFC 7519 §4.1.1, RFC 8725 §3.8: issuer must name a live key
        for (String[] iss : new String[][] {
                {"unknown", "APIother"}, {"empty", ""}, {"path_traversal", "../APIkey"}, {"absolute_path", "/etc/passwd"},
                {"sql_injection", "APIkey' OR '1'='1"}, {"sql_comment", "APIkey;--"}, {"cyrillic_homoglyph", "APIk\u0435y"},
                {"fullwidth", "\uff21\uff30\uff29key"}, {"nul_suffix", "APIkey\u0000"}, {"case_variant", "apikey"}, {"trailing_space", "APIkey "},
                {"too_long", "A".repeat(65)}, {"url", "https://evil.example/APIkey"}, {"zero_width_space", "API\u200bkey"},
                {"combining_mark", "APIke\u0301y"}, {"crlf_log_injection", "APIkey\r\nadmin=true"}}) {
            add("rfc8725_3_8_issuer_" + iss[0], TokenRefusal.UNKNOWN_KEY, signed(claims().set("iss", str(iss[1]))));
        }
        add("rfc8725_3_8_issuer_missing", TokenRefusal.UNKNOWN_KEY, signed(claims().remove("iss")));
        add("key_ring_revoked_key", TokenRefusal.KEY_REVOKED, signed(claims().set("iss", "\"APIrevoked\"")));
        add("rfc7518_3_2_secret_shorter_than_32_bytes", TokenRefusal.KEY_TOO_WEAK,
                Jws.hs256(HS256, claims().set("iss", "\"APIweak\"").json(), "secret".getBytes(StandardCharsets.US_ASCII)));

        // --- identity (sub)
        for (String[] sub : new String[][] {
                {"bell_control_char", "ali\u0007ce"}, {"newline", "alice\nadmin"}, {"nul", "alice\u0000"}, {"300_chars", "a".repeat(300)},
                {"257_chars", "b".repeat(257)}, {"empty", ""}, {"blank", "   "}, {"line_separator", "alice\u2028"}, {"c1_control", "alice\u0085"},
                {"escape_sequence", "\u001b[31malice"}, {"delete_char", "alice\u007f"}}) {
            add("identity_" + sub[0], TokenRefusal.IDENTITY_INVALID, signed(claims().set("sub", str(sub[1]))));
        }
        add("livekit_room_join_without_identity", TokenRefusal.IDENTITY_INVALID, signed(claims().remove("sub")));

        // --- revocation
        add("revocation_by_jti", TokenRefusal.REVOKED, signed(claims().set("jti", "\"revoked-jti\"")));
        add("revocation_by_identity_and_room_issued_before", TokenRefusal.REVOKED,
                signed(claims().set("sub", "\"banned\"").set("nbf", String.valueOf(T - 10)).set("iat", String.valueOf(T - 10))));
        add("revocation_by_identity_and_room_without_issue_time", TokenRefusal.REVOKED,
                signed(claims().set("sub", "\"banned\"").remove("nbf").remove("iat")));

        // --- RFC 8725 §3.12: purpose
        addFor("rfc8725_3_12_renewal_token_used_for_access", TokenRefusal.WRONG_PURPOSE, signed(claims().set("purpose", "\"renewal\"")), TokenPurpose.ACCESS);
        addFor("rfc8725_3_12_webhook_token_used_for_access", TokenRefusal.WRONG_PURPOSE, signed(claims().set("purpose", "\"webhook\"")), TokenPurpose.ACCESS);
        addFor("rfc8725_3_12_download_token_used_for_access", TokenRefusal.WRONG_PURPOSE, signed(claims().set("purpose", "\"download\"")), TokenPurpose.ACCESS);
        addFor("rfc8725_3_12_access_token_without_purpose_used_for_renewal", TokenRefusal.WRONG_PURPOSE, signed(claims()), TokenPurpose.RENEWAL);
        addFor("rfc8725_3_12_access_token_used_for_download", TokenRefusal.WRONG_PURPOSE, signed(claims().set("purpose", "\"access\"")), TokenPurpose.DOWNLOAD);
        addFor("rfc8725_3_12_download_token_used_for_webhook", TokenRefusal.WRONG_PURPOSE, signed(claims().set("purpose", "\"download\"")), TokenPurpose.WEBHOOK);
        addFor("rfc8725_3_12_purpose_in_upper_case_is_not_a_purpose", TokenRefusal.CLAIM_INVALID, signed(claims().set("purpose", "\"ACCESS\"")), TokenPurpose.ACCESS);
    }

    // ------------------------------------------------------------------ the tests

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyAttackIsRefusedWithItsCodeAndNothingElse(Case c) {
        TokenVerificationService verifier = c.roomyPolicy ? roomy : strict;
        assertThatThrownBy(() -> verifier.verify(c.token, c.purpose))
                .isExactlyInstanceOf(TokenRefusedException.class)
                .satisfies(e -> {
                    TokenRefusedException r = (TokenRefusedException) e;
                    assertThat(r.refusal()).as(c.name).isEqualTo(c.expected);
                    // The message is Parley's fixed text: never the token, the secret or the signature.
                    assertThat(r.getMessage()).startsWith(c.expected.code()).doesNotContain(SECRET_TEXT);
                    String[] parts = c.token.split("\\.");
                    for (String part : parts) {
                        if (part.length() >= 8) {
                            assertThat(r.getMessage()).doesNotContain(part);
                        }
                    }
                });
    }

    @Test
    void theCorpusHasAtLeastOneHundredDistinctlyNamedCases() {
        List<Case> all = corpus().map(a -> (Case) a.get()[0]).toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(100);
        assertThat(all.stream().map(Case::name).distinct().count()).isEqualTo(all.size());
    }

    @Test
    void theBaselineTokenOfTheCorpusIsAccepted_soEveryRefusalIsTheAttacksDoing() {
        assertThat(strict.verify(signed(claims()), TokenPurpose.ACCESS).subject()).contains(Identity.of("alice"));
        assertThat(strict.verify(ed25519("{\"alg\":\"EdDSA\"}", claims().set("iss", str(edKeyId)).json(), edPrivate), TokenPurpose.ACCESS))
                .isNotNull();
        assertThat(strict.verify(signed(claims().set("purpose", "\"renewal\"")), TokenPurpose.RENEWAL)).isNotNull();
        assertThat(strict.verify(signed(claims().set("nbf", String.valueOf(T + 60)).set("exp", String.valueOf(T + 600))), TokenPurpose.ACCESS)).isNotNull();
        assertThat(strict.verify(signed(claims().set("sub", "\"banned\"").set("nbf", String.valueOf(T + 1)).set("iat", String.valueOf(T + 1))),
                TokenPurpose.ACCESS)).isNotNull();
        assertThat(roomy.verify(signed(claims().set("x", nested(15))), TokenPurpose.ACCESS)).isNotNull();
    }
}
