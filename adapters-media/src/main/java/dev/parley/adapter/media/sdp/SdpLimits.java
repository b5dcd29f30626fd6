package dev.parley.adapter.media.sdp;

/**
 * Bounds the parser enforces before and while reading an SDP text. The defaults leave ample room
 * for a browser offer with dozens of transceivers (Chrome's offer for audio + video is about 6 kB
 * and 120 lines) while keeping a hostile text from costing more than a few hundred microseconds.
 *
 * @param maxChars                 longest text, in characters
 * @param maxLines                 most lines
 * @param maxLineChars             longest line
 * @param maxMediaSections         most {@code m=} sections
 * @param maxAttributesPerSection  most {@code a=} lines in the session part or in one media section
 */
public record SdpLimits(int maxChars, int maxLines, int maxLineChars, int maxMediaSections, int maxAttributesPerSection) {

    public SdpLimits {
        if (maxChars < 1 || maxLines < 1 || maxLineChars < 1 || maxMediaSections < 1 || maxAttributesPerSection < 1) {
            throw new IllegalArgumentException("SDP limits must be positive");
        }
    }

    /** 128 KiB, 4,096 lines of at most 4,096 characters, 64 media sections, 512 attributes per section. */
    public static SdpLimits defaults() {
        return new SdpLimits(128 * 1024, 4096, 4096, 64, 512);
    }
}
