package dev.parley.adapter.media.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * A source group {@code a=ssrc-group:<semantics> <ssrc>...} (RFC 5576 §4.2), e.g. {@code FID}
 * pairing a media SSRC with its retransmission SSRC (RFC 4588 §8.1).
 */
public record SsrcGroup(String semantics, List<Long> ssrcs) {

    /** Flow identification: media SSRC then RTX SSRC. */
    public static final String FID = "FID";

    public SsrcGroup {
        if (!Tokens.isToken(semantics)) {
            throw new IllegalArgumentException("ssrc-group semantics is not a token");
        }
        ssrcs = List.copyOf(ssrcs);
    }

    /** Parses the attribute value (after {@code ssrc-group:}). */
    public static SsrcGroup parse(String value) {
        String[] f = Tokens.fields(value, "a=ssrc-group");
        if (f.length < 2 || f.length > 17 || !Tokens.isToken(f[0])) {
            throw new SdpException("a=ssrc-group must be '<semantics> <ssrc>...' with 1 to 16 sources");
        }
        List<Long> ssrcs = new ArrayList<>(f.length - 1);
        for (int i = 1; i < f.length; i++) {
            ssrcs.add(Tokens.parseUnsigned(f[i], 10, 0, 0xFFFFFFFFL, "a=ssrc-group ssrc"));
        }
        return new SsrcGroup(f[0], ssrcs);
    }

    /** The attribute value, without {@code ssrc-group:}. */
    public String attributeValue() {
        StringBuilder sb = new StringBuilder(semantics);
        for (Long s : ssrcs) {
            sb.append(' ').append(s);
        }
        return sb.toString();
    }
}
