package dev.parley.adapter.crypto.jwt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;

/**
 * The Jackson {@link JsonFactory} of the codec, configured for hostile input: duplicate
 * names refused (RFC 7519 §4: "JWT parsers MUST either reject JWTs with duplicate Claim Names or
 * use a JSON parser that returns only the lexically last"; RFC 8725 §3.4 prefers rejection), and
 * nesting, string, name, number, document and token-count limits so that no input makes the
 * parser recurse deeply or buffer much. Strict JSON otherwise: no comments, no single quotes, no
 * NaN, no leading zeros (Jackson's defaults, RFC 8259).
 */
final class StrictJson {

    private StrictJson() {
    }

    /**
     * @param duplicateDetection Jackson's detector on every object (the header); off for the
     *        claims, whose reader detects duplicates itself ({@link NameGuard}) and switches Jackson's
     *        on inside unknown containers
     */
    static JsonFactory factory(CodecLimits limits, boolean duplicateDetection) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringChars())
                .maxNameLength(1024)
                .maxNumberLength(32)
                .maxDocumentLength(limits.maxTokenChars())
                .build();
        return JsonFactory.builder()
                .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, duplicateDetection)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .streamReadConstraints(constraints)
                .build();
    }
}
