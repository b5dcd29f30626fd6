package dev.parley.adapter.rest.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The protobuf JSON mapping as a reader applies it: names, proto3 defaults, JSON types per field type. */
class ProtoJsonObjectTest {

    private static ProtoJsonObject json(String body) {
        return ProtoJsonObject.of(StrictJson.parseObject(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertMalformed(Runnable read, String messageStart) {
        assertThatThrownBy(read::run).isInstanceOf(MalformedRequestException.class).hasMessageStartingWith(messageStart);
    }

    @Test
    void aFieldIsFoundByItsJsonNameOrItsProtoName() {
        assertThat(json("{\"emptyTimeout\":5}").uint32("empty_timeout")).isEqualTo(5);
        assertThat(json("{\"empty_timeout\":5}").uint32("empty_timeout")).isEqualTo(5);
    }

    @Test
    void bothNamesAtOnceAreADuplicate() {
        assertMalformed(() -> json("{\"emptyTimeout\":5,\"empty_timeout\":6}").uint32("empty_timeout"),
                "field emptyTimeout is given twice");
    }

    @Test
    void absentAndNullAreTheProto3Defaults() {
        ProtoJsonObject o = json("{\"name\":null,\"on\":null,\"n\":null,\"list\":null,\"map\":null,\"msg\":null}");
        assertThat(o.string("name")).isEmpty();
        assertThat(o.bool("on")).isFalse();
        assertThat(o.uint32("n")).isZero();
        assertThat(o.strings("list")).isEmpty();
        assertThat(o.stringMap("map")).isEmpty();
        assertThat(o.message("msg")).isEmpty();
        assertThat(o.has("name")).isFalse();
        assertThat(json("{}").string("missing")).isEmpty();
    }

    @Test
    void uint32AcceptsANumberOrADecimalString_protojson() {
        assertThat(json("{\"n\":4294967295}").uint32("n")).isEqualTo(4294967295L);
        assertThat(json("{\"n\":\"300\"}").uint32("n")).isEqualTo(300);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "4294967296", "1.5", "1e3", "true", "\"-1\"", "\"1.0\"", "\" 1\"", "\"\"", "[1]", "{}"})
    void uint32RefusesEverythingElse(String value) {
        assertMalformed(() -> json("{\"n\":" + value + "}").uint32("n"), "field n must be an unsigned 32-bit integer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "\"true\"", "0", "[]"})
    void boolIsOnlyTrueOrFalse(String value) {
        assertMalformed(() -> json("{\"on\":" + value + "}").bool("on"), "field on must be true or false");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "true", "[\"a\"]", "{}"})
    void aStringIsOnlyAString(String value) {
        assertMalformed(() -> json("{\"name\":" + value + "}").string("name"), "field name must be a string");
    }

    @Test
    void repeatedStringsAndMapsHoldStringsOnly() {
        assertThat(json("{\"names\":[\"a\",\"b\"]}").strings("names")).containsExactly("a", "b");
        assertMalformed(() -> json("{\"names\":[\"a\",1]}").strings("names"), "field names must be an array of strings");
        assertMalformed(() -> json("{\"names\":\"a\"}").strings("names"), "field names must be an array of strings");
        assertThat(json("{\"attributes\":{\"k\":\"v\"}}").stringMap("attributes")).isEqualTo(Map.of("k", "v"));
        assertMalformed(() -> json("{\"attributes\":{\"k\":1}}").stringMap("attributes"), "field attributes must be an object of strings");
    }

    @Test
    void enumsAreNamesOrNumbers_protojson() {
        List<String> names = List.of("ZERO", "ONE", "TWO");
        assertThat(json("{\"e\":[\"TWO\",1,0]}").enumNames("e", names)).containsExactly("TWO", "ONE", "ZERO");
        assertMalformed(() -> json("{\"e\":[\"two\"]}").enumNames("e", names), "field e must be an array of ZERO, ONE, TWO");
        assertMalformed(() -> json("{\"e\":[3]}").enumNames("e", names), "field e must be an array of");
    }

    @Test
    void nestedFieldsAreNamedWithTheirPath() {
        assertMalformed(() -> json("{\"permission\":{\"canPublish\":\"yes\"}}").message("permission").orElseThrow().bool("can_publish"),
                "field permission.canPublish must be true or false");
        assertMalformed(() -> json("{\"permission\":[]}").message("permission"), "field permission must be an object");
    }

    @Test
    void unknownMembersAreIgnored() {
        ProtoJsonObject o = json("{\"name\":\"a\",\"future\":{\"deep\":[1,2,3]}}");
        assertThat(o.string("name")).isEqualTo("a");
    }

    @Test
    void fieldNamingFollowsProtoc() {
        assertThat(FieldNaming.jsonName("can_publish_sources")).isEqualTo("canPublishSources");
        assertThat(FieldNaming.jsonName("creation_time_ms")).isEqualTo("creationTimeMs");
        assertThat(FieldNaming.jsonName("sid")).isEqualTo("sid");
        assertThat(FieldNaming.PROTO_NAME.apply("joined_at_ms")).isEqualTo("joined_at_ms");
    }
}
