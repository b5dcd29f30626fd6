package dev.parley.adapter.media.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Parses SDP text strictly (RFC 8866 §5 and §9): lines end in CRLF (a bare LF is tolerated, a
 * bare CR is not); {@code v=0} comes first, then {@code o=}, {@code s=}, and every line type in
 * the grammar's order; no control characters; every known attribute well-formed (see
 * {@link MediaDescription}); the {@link SdpLimits} bound size, lines and sections before any
 * work is done. Anything else fails with {@link SdpException}, and nothing else escapes.
 * Thread-safe and allocation-light: one pass over the text.
 */
public final class SdpParser {

    /** Session-level line types in grammar order (RFC 8866 §9, {@code session-description}). */
    private static final String SESSION_ORDER = "vosiuepcbtrzka";
    /** Media-level line types in grammar order ({@code media-description}). */
    private static final String MEDIA_ORDER = "micbka";

    private final SdpLimits limits;

    public SdpParser(SdpLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** A parser with {@link SdpLimits#defaults()}. */
    public static SdpParser withDefaults() {
        return new SdpParser(SdpLimits.defaults());
    }

    /** Parses {@code text}; throws {@link SdpException} on anything malformed or over a limit. */
    public SessionDescription parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new SdpException("the SDP is empty");
        }
        if (text.length() > limits.maxChars()) {
            throw new SdpException("the SDP is longer than " + limits.maxChars() + " characters");
        }
        List<String> lines = splitLines(text);
        try {
            return parseLines(lines);
        } catch (IllegalArgumentException e) {
            // a record's own check (e.g. Attribute name) on input the line checks let through
            throw new SdpException("the SDP has an invalid value");
        }
    }

    private List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start < n) {
            int lf = text.indexOf('\n', start);
            int end = lf < 0 ? n : lf;
            int lineEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            if (lineEnd - start > limits.maxLineChars()) {
                throw new SdpException("line " + (lines.size() + 1) + " is longer than " + limits.maxLineChars() + " characters");
            }
            String line = text.substring(start, lineEnd);
            if (lines.size() == limits.maxLines()) {
                throw new SdpException("the SDP has more than " + limits.maxLines() + " lines");
            }
            lines.add(line);
            start = end + 1;
            if (lf < 0) {
                break;
            }
        }
        return lines;
    }

    private SessionDescription parseLines(List<String> lines) {
        Origin origin = null;
        String sessionName = null;
        Optional<String> connection = Optional.empty();
        List<String> bandwidths = new ArrayList<>();
        List<Attribute> sessionAttributes = new ArrayList<>();
        List<MediaDescription> media = new ArrayList<>();
        boolean timing = false;

        MediaBuilder current = null;
        int rank = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int no = i + 1;
            checkLine(line, no);
            char type = line.charAt(0);
            String value = line.substring(2);
            if (i == 0) {
                if (type != 'v' || !"0".equals(value)) {
                    throw new SdpException("line 1 must be v=0");
                }
                rank = 0;
                continue;
            }
            if (type == 'm') {
                if (origin == null || sessionName == null || !timing) {
                    throw new SdpException("line " + no + ": m= before the session's o=, s= and t= lines");
                }
                if (current != null) {
                    media.add(current.build());
                }
                if (media.size() == limits.maxMediaSections()) {
                    throw new SdpException("the SDP has more than " + limits.maxMediaSections() + " media sections");
                }
                current = MediaBuilder.parseMediaLine(value, no);
                rank = 0;
                continue;
            }
            if (current == null) {
                int r = SESSION_ORDER.indexOf(type);
                if (r < 0) {
                    throw new SdpException("line " + no + ": unknown line type at session level");
                }
                boolean repeatable = type == 'e' || type == 'p' || type == 'b' || type == 't' || type == 'r' || type == 'a';
                if (r < rank || (r == rank && !repeatable) || (type == 'r' && !timing) || (i == 1 && type != 'o')
                        || (i == 2 && type != 's')) {
                    throw new SdpException("line " + no + ": session-level line out of order (RFC 8866 §5)");
                }
                rank = r;
                switch (type) {
                    case 'o' -> origin = Origin.parse(value);
                    case 's' -> sessionName = value;
                    case 'c' -> connection = Optional.of(checkConnection(value, no));
                    case 'b' -> bandwidths.add(checkBandwidth(value, no));
                    case 't' -> {
                        checkTiming(value, no);
                        timing = true;
                    }
                    case 'a' -> {
                        if (sessionAttributes.size() == limits.maxAttributesPerSection()) {
                            throw new SdpException("more than " + limits.maxAttributesPerSection() + " session attributes");
                        }
                        sessionAttributes.add(attribute(value, no));
                    }
                    default -> {
                        // i, u, e, p, r, z, k: checked for form above, not kept
                    }
                }
            } else {
                int r = MEDIA_ORDER.indexOf(type);
                if (r <= 0) {
                    throw new SdpException("line " + no + ": unknown line type in a media section");
                }
                boolean repeatable = type == 'c' || type == 'b' || type == 'a';
                if (r < rank || (r == rank && !repeatable)) {
                    throw new SdpException("line " + no + ": media-level line out of order (RFC 8866 §5)");
                }
                rank = r;
                switch (type) {
                    case 'c' -> {
                        if (current.connection.isPresent()) {
                            throw new SdpException("line " + no + ": Parley accepts one c= per media section");
                        }
                        current.connection = Optional.of(checkConnection(value, no));
                    }
                    case 'b' -> current.bandwidths.add(checkBandwidth(value, no));
                    case 'a' -> {
                        if (current.attributes.size() == limits.maxAttributesPerSection()) {
                            throw new SdpException("more than " + limits.maxAttributesPerSection() + " attributes in a media section");
                        }
                        current.attributes.add(attribute(value, no));
                    }
                    default -> {
                        // i, k: not kept
                    }
                }
            }
        }
        if (origin == null || sessionName == null || !timing) {
            throw new SdpException("the SDP lacks o=, s= or t=");
        }
        if (current != null) {
            media.add(current.build());
        }
        return new SessionDescription(origin, sessionName, connection, bandwidths, sessionAttributes, media);
    }

    private static void checkLine(String line, int no) {
        if (line.length() < 2 || line.charAt(1) != '=' || line.charAt(0) < 'a' || line.charAt(0) > 'z') {
            throw new SdpException("line " + no + " is not '<letter>=<value>'");
        }
        for (int i = 2; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7F || Character.isSurrogate(c) && !validSurrogate(line, i)) {
                throw new SdpException("line " + no + " holds a control character");
            }
        }
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static Attribute attribute(String value, int no) {
        int colon = value.indexOf(':');
        String name = colon < 0 ? value : value.substring(0, colon);
        if (!Tokens.isToken(name)) {
            throw new SdpException("line " + no + ": the attribute name is not a token");
        }
        return colon < 0 ? Attribute.flag(name) : Attribute.of(name, value.substring(colon + 1));
    }

    private static String checkConnection(String value, int no) {
        String[] f = value.split(" ", -1);
        if (f.length != 3 || !"IN".equals(f[0]) || !("IP4".equals(f[1]) || "IP6".equals(f[1])) || f[2].isEmpty()
                || !Tokens.isToken(f[2].replace(':', '.').replace('/', '.'))) {
            throw new SdpException("line " + no + ": c= must be 'IN IP4|IP6 <address>'");
        }
        return value;
    }

    private static String checkBandwidth(String value, int no) {
        int colon = value.indexOf(':');
        if (colon <= 0 || !Tokens.isToken(value.substring(0, colon))) {
            throw new SdpException("line " + no + ": b= must be '<type>:<kbps>'");
        }
        Tokens.parseUnsigned(value.substring(colon + 1), 10, 0, 0xFFFFFFFFL, "line " + no + ": b= bandwidth");
        return value;
    }

    private static void checkTiming(String value, int no) {
        String[] f = value.split(" ", -1);
        if (f.length != 2) {
            throw new SdpException("line " + no + ": t= must be '<start> <stop>'");
        }
        Tokens.parseUnsigned(f[0], 20, 0, Long.MAX_VALUE, "line " + no + ": t= start");
        Tokens.parseUnsigned(f[1], 20, 0, Long.MAX_VALUE, "line " + no + ": t= stop");
    }

    /** The lines of one media section while they are read. */
    private static final class MediaBuilder {
        private final String media;
        private final int port;
        private final String proto;
        private final List<String> formats;
        private Optional<String> connection = Optional.empty();
        private final List<String> bandwidths = new ArrayList<>();
        private final List<Attribute> attributes = new ArrayList<>();

        private MediaBuilder(String media, int port, String proto, List<String> formats) {
            this.media = media;
            this.port = port;
            this.proto = proto;
            this.formats = formats;
        }

        static MediaBuilder parseMediaLine(String value, int no) {
            String[] f = value.split(" ", -1);
            if (f.length < 4) {
                throw new SdpException("line " + no + ": m= must be '<media> <port> <proto> <fmt>...'");
            }
            String portField = f[1];
            int slash = portField.indexOf('/');
            if (slash >= 0) {
                Tokens.parseInt(portField.substring(slash + 1), 1, 65535, "line " + no + ": m= port count");
                portField = portField.substring(0, slash);
            }
            int port = Tokens.parseInt(portField, 0, 65535, "line " + no + ": m= port");
            List<String> formats = new ArrayList<>(f.length - 3);
            for (int i = 3; i < f.length; i++) {
                if (f[i].isEmpty()) {
                    throw new SdpException("line " + no + ": m= has an empty format");
                }
                formats.add(f[i]);
            }
            return new MediaBuilder(f[0], port, f[2], formats);
        }

        MediaDescription build() {
            return new MediaDescription(media, port, proto, formats, connection, bandwidths, attributes);
        }
    }
}
