package dev.parley.adapter.media.sdp;

/** Writes a {@link SessionDescription} as SDP text with CRLF line ends (RFC 8866 §5). */
public final class SdpWriter {

    private SdpWriter() {
    }

    /** The SDP text of {@code sd}. */
    public static String write(SessionDescription sd) {
        StringBuilder sb = new StringBuilder(2048);
        line(sb, 'v', "0");
        line(sb, 'o', sd.origin().lineValue());
        line(sb, 's', sd.sessionName());
        sd.connection().ifPresent(c -> line(sb, 'c', c));
        for (String b : sd.bandwidths()) {
            line(sb, 'b', b);
        }
        line(sb, 't', "0 0");
        for (Attribute a : sd.attributes()) {
            line(sb, 'a', a.text());
        }
        for (MediaDescription m : sd.media()) {
            line(sb, 'm', m.media() + " " + m.port() + " " + m.proto() + " " + String.join(" ", m.formats()));
            m.connection().ifPresent(c -> line(sb, 'c', c));
            for (String b : m.bandwidths()) {
                line(sb, 'b', b);
            }
            for (Attribute a : m.attributes()) {
                line(sb, 'a', a.text());
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, char type, String value) {
        sb.append(type).append('=').append(value).append("\r\n");
    }
}
