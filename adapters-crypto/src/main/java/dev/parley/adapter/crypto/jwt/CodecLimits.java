package dev.parley.adapter.crypto.jwt;

/**
 * The codec's own bounds, independent of the verification policy (which is usually tighter):
 * they keep the parser safe wherever it is called from.
 *
 * @param maxTokenChars   longest compact token decoded at all
 * @param maxNestingDepth deepest JSON nesting in header or claims (LiveKit's deepest, roomConfig agents, is 4)
 * @param maxStringChars  longest JSON string
 */
public record CodecLimits(int maxTokenChars, int maxNestingDepth, int maxStringChars) {

    public CodecLimits {
        if (maxTokenChars < 64 || maxNestingDepth < 3 || maxStringChars < 256) {
            throw new IllegalArgumentException("limits too small for any LiveKit token");
        }
    }

    /** 64 KiB tokens, depth 16, 64 KiB strings. */
    public static CodecLimits defaults() {
        return new CodecLimits(64 * 1024, 16, 64 * 1024);
    }
}
