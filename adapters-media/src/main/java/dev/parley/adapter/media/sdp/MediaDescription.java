package dev.parley.adapter.media.sdp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One media section ({@code m=} line and what follows it, RFC 8866 §5.14) with a typed view of
 * the attributes WebRTC uses. Built only through its constructor, which checks every known
 * attribute (so a section that exists is well-formed): duplicates of single-valued attributes,
 * payload types not in the {@code m=} line, duplicate extension ids and malformed values are
 * refused with an {@link SdpException}.
 */
public final class MediaDescription {

    /** Longest {@code a=mid} Parley accepts. */
    public static final int MAX_MID = 32;

    private final String media;
    private final int port;
    private final String proto;
    private final List<String> formats;
    private final Optional<String> connection;
    private final List<String> bandwidths;
    private final List<Attribute> attributes;

    private final Optional<String> mid;
    private final Optional<Direction> direction;
    private final List<Codec> codecs;
    private final List<ExtMap> extMaps;
    private final List<Msid> msids;
    private final List<Msid> ssrcMsids;
    private final List<SsrcAttribute> ssrcAttributes;
    private final List<SsrcGroup> ssrcGroups;
    private final List<Candidate> candidates;
    private final Optional<String> iceUfrag;
    private final Optional<String> icePwd;
    private final Optional<Fingerprint> fingerprint;
    private final Optional<Setup> setup;
    private final boolean rtcpMux;

    /**
     * A media section.
     *
     * @param media      {@code audio}, {@code video}, {@code application}...
     * @param port       0 rejects the section (RFC 8866 §5.14, RFC 8843 §7.3.3 for bundled sections)
     * @param proto      e.g. {@code UDP/TLS/RTP/SAVPF}
     * @param formats    payload types (RTP) or format tokens
     * @param connection the {@code c=} value, if any
     * @param bandwidths the {@code b=} values
     * @param attributes the {@code a=} lines in order
     */
    public MediaDescription(String media, int port, String proto, List<String> formats, Optional<String> connection,
            List<String> bandwidths, List<Attribute> attributes) {
        this.media = Objects.requireNonNull(media, "media");
        this.port = port;
        this.proto = Objects.requireNonNull(proto, "proto");
        this.formats = List.copyOf(formats);
        this.connection = Objects.requireNonNull(connection, "connection");
        this.bandwidths = List.copyOf(bandwidths);
        this.attributes = List.copyOf(attributes);
        if (!Tokens.isToken(media)) {
            throw new SdpException("m= media is not a token");
        }
        if (port < 0 || port > 65535) {
            throw new SdpException("m= port is out of range");
        }
        if (!Tokens.isToken(proto.replace('/', '.'))) {
            throw new SdpException("m= proto is not a token");
        }
        if (this.formats.isEmpty()) {
            throw new SdpException("m= needs at least one format");
        }
        boolean rtp = isRtp();
        Set<Integer> pts = new HashSet<>();
        for (String f : this.formats) {
            if (rtp) {
                if (!pts.add(Tokens.parseInt(f, 0, 127, "m= payload type"))) {
                    throw new SdpException("m= lists a payload type twice");
                }
            } else if (!Tokens.isToken(f)) {
                throw new SdpException("m= format is not a token");
            }
        }

        String midV = null;
        Direction dir = null;
        String ufrag = null;
        String pwd = null;
        Fingerprint fp = null;
        Setup st = null;
        boolean mux = false;
        Map<Integer, String[]> rtpmaps = new HashMap<>();
        Map<Integer, String> fmtps = new HashMap<>();
        Map<Integer, List<RtcpFeedback>> fbs = new HashMap<>();
        List<RtcpFeedback> wildcardFb = new ArrayList<>();
        List<ExtMap> ext = new ArrayList<>();
        Set<Integer> extIds = new HashSet<>();
        List<Msid> ms = new ArrayList<>();
        List<SsrcAttribute> ssrcs = new ArrayList<>();
        List<Msid> ssrcMsids = new ArrayList<>();
        List<SsrcGroup> groups = new ArrayList<>();
        List<Candidate> cands = new ArrayList<>();

        for (Attribute a : this.attributes) {
            String v = a.value();
            Optional<Direction> d = Direction.fromAttribute(a.name());
            if (d.isPresent()) {
                requireFlag(a);
                if (dir != null) {
                    throw new SdpException("a media section has more than one direction attribute");
                }
                dir = d.get();
                continue;
            }
            switch (a.name()) {
                case "mid" -> {
                    once(midV, "a=mid");
                    if (v == null || v.isEmpty() || v.length() > MAX_MID || !Tokens.isToken(v)) {
                        throw new SdpException("a=mid must be a token of 1 to " + MAX_MID + " characters");
                    }
                    midV = v;
                }
                case "ice-ufrag" -> {
                    once(ufrag, "a=ice-ufrag");
                    ufrag = IceParameters.checkUfrag(value(a));
                }
                case "ice-pwd" -> {
                    once(pwd, "a=ice-pwd");
                    pwd = IceParameters.checkPwd(value(a));
                }
                case "fingerprint" -> {
                    once(fp, "a=fingerprint");
                    fp = Fingerprint.parse(value(a));
                }
                case "setup" -> {
                    once(st, "a=setup");
                    st = Setup.parse(value(a));
                }
                case "rtcp-mux" -> {
                    requireFlag(a);
                    mux = true;
                }
                case "rtpmap" -> {
                    requireRtp(rtp, a);
                    int[] ptOut = new int[1];
                    String[] parsed = parseRtpmap(value(a), ptOut);
                    if (!pts.contains(ptOut[0])) {
                        throw new SdpException("a=rtpmap names a payload type not in the m= line");
                    }
                    if (rtpmaps.put(ptOut[0], parsed) != null) {
                        throw new SdpException("a=rtpmap appears twice for one payload type");
                    }
                }
                case "fmtp" -> {
                    String fv = value(a);
                    int sp = fv.indexOf(' ');
                    String fmt = sp < 0 ? fv : fv.substring(0, sp);
                    if (rtp) {
                        int pt = Tokens.parseInt(fmt, 0, 127, "a=fmtp payload type");
                        if (!pts.contains(pt)) {
                            throw new SdpException("a=fmtp names a payload type not in the m= line");
                        }
                        if (fmtps.put(pt, sp < 0 ? "" : fv.substring(sp + 1)) != null) {
                            throw new SdpException("a=fmtp appears twice for one payload type");
                        }
                    }
                }
                case "rtcp-fb" -> {
                    requireRtp(rtp, a);
                    String fv = value(a);
                    int sp = fv.indexOf(' ');
                    if (sp <= 0 || sp == fv.length() - 1) {
                        throw new SdpException("a=rtcp-fb must be '<pt>|* <type> [<parameter>]'");
                    }
                    String rest = fv.substring(sp + 1);
                    int sp2 = rest.indexOf(' ');
                    RtcpFeedback fb = sp2 < 0 ? new RtcpFeedback(rest, "") : new RtcpFeedback(rest.substring(0, sp2), rest.substring(sp2 + 1));
                    String fmt = fv.substring(0, sp);
                    if ("*".equals(fmt)) {
                        wildcardFb.add(fb);
                    } else {
                        int pt = Tokens.parseInt(fmt, 0, 127, "a=rtcp-fb payload type");
                        if (!pts.contains(pt)) {
                            throw new SdpException("a=rtcp-fb names a payload type not in the m= line");
                        }
                        fbs.computeIfAbsent(pt, k -> new ArrayList<>()).add(fb);
                    }
                }
                case "extmap" -> {
                    ExtMap e = ExtMap.parse(value(a));
                    if (!extIds.add(e.id())) {
                        throw new SdpException("a=extmap uses an id twice");
                    }
                    ext.add(e);
                }
                case "msid" -> ms.add(Msid.parse(value(a)));
                case "ssrc" -> {
                    SsrcAttribute sa = SsrcAttribute.parse(value(a));
                    if ("msid".equals(sa.name())) {
                        ssrcMsids.add(Msid.parse(sa.value() == null ? "" : sa.value()));
                    }
                    ssrcs.add(sa);
                }
                case "ssrc-group" -> groups.add(SsrcGroup.parse(value(a)));
                case "candidate" -> cands.add(Candidate.parse(value(a)));
                default -> {
                    // other attributes are kept verbatim and ignored (RFC 8866 §5.13)
                }
            }
        }

        List<Codec> cs = new ArrayList<>();
        if (rtp) {
            for (String f : this.formats) {
                int pt = Integer.parseInt(f);
                String[] rm = rtpmaps.get(pt);
                if (rm == null) {
                    continue;
                }
                List<RtcpFeedback> fb = new ArrayList<>(wildcardFb);
                fb.addAll(fbs.getOrDefault(pt, List.of()));
                int channels = rm[2] == null ? 1 : Tokens.parseInt(rm[2], 1, 255, "a=rtpmap channels");
                cs.add(new Codec(pt, rm[0], Tokens.parseInt(rm[1], 1, 10_000_000, "a=rtpmap clock rate"), channels,
                        fmtps.getOrDefault(pt, ""), fb));
            }
        }
        this.mid = Optional.ofNullable(midV);
        this.direction = Optional.ofNullable(dir);
        this.iceUfrag = Optional.ofNullable(ufrag);
        this.icePwd = Optional.ofNullable(pwd);
        this.fingerprint = Optional.ofNullable(fp);
        this.setup = Optional.ofNullable(st);
        this.rtcpMux = mux;
        this.codecs = List.copyOf(cs);
        this.extMaps = List.copyOf(ext);
        this.msids = List.copyOf(ms);
        this.ssrcMsids = List.copyOf(ssrcMsids);
        this.ssrcAttributes = List.copyOf(ssrcs);
        this.ssrcGroups = List.copyOf(groups);
        this.candidates = List.copyOf(cands);
    }

    private static String[] parseRtpmap(String v, int[] ptOut) {
        int sp = v.indexOf(' ');
        if (sp <= 0) {
            throw new SdpException("a=rtpmap must be '<pt> <name>/<rate>[/<channels>]'");
        }
        ptOut[0] = Tokens.parseInt(v.substring(0, sp), 0, 127, "a=rtpmap payload type");
        String[] enc = v.substring(sp + 1).split("/", -1);
        if (enc.length < 2 || enc.length > 3 || !Tokens.isToken(enc[0]) || enc[0].length() > 32) {
            throw new SdpException("a=rtpmap must be '<pt> <name>/<rate>[/<channels>]'");
        }
        return new String[] {enc[0], enc[1], enc.length == 3 ? enc[2] : null};
    }

    private static void once(Object previous, String what) {
        if (previous != null) {
            throw new SdpException(what + " appears more than once in a media section");
        }
    }

    private static void requireFlag(Attribute a) {
        if (a.value() != null) {
            throw new SdpException("a=" + a.name() + " takes no value");
        }
    }

    private static String value(Attribute a) {
        if (a.value() == null || a.value().isEmpty()) {
            throw new SdpException("a=" + a.name() + " needs a value");
        }
        return a.value();
    }

    private static void requireRtp(boolean rtp, Attribute a) {
        if (!rtp) {
            throw new SdpException("a=" + a.name() + " in a media section that does not carry RTP");
        }
    }

    /** True when the protocol carries RTP (its name contains {@code RTP/}). */
    public boolean isRtp() {
        return proto.contains("RTP/");
    }

    public String media() {
        return media;
    }

    public int port() {
        return port;
    }

    public String proto() {
        return proto;
    }

    public List<String> formats() {
        return formats;
    }

    public Optional<String> connection() {
        return connection;
    }

    public List<String> bandwidths() {
        return bandwidths;
    }

    public List<Attribute> attributes() {
        return attributes;
    }

    /** True when the port is 0: the section is rejected or removed. */
    public boolean isRejected() {
        return port == 0;
    }

    public Optional<String> mid() {
        return mid;
    }

    /** The direction, {@link Direction#SENDRECV} when the section has none (RFC 8866 §6.7). */
    public Direction direction() {
        return direction.orElse(Direction.SENDRECV);
    }

    /** The payload formats that have an rtpmap, in the m= line's (preference) order. */
    public List<Codec> codecs() {
        return codecs;
    }

    /** The codec of payload type {@code pt}, if the section maps it. */
    public Optional<Codec> codec(int pt) {
        for (Codec c : codecs) {
            if (c.payloadType() == pt) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public List<ExtMap> extMaps() {
        return extMaps;
    }

    /** The extension ids by URI. */
    public Map<String, Integer> extensionIds() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (ExtMap e : extMaps) {
            m.putIfAbsent(e.uri(), e.id());
        }
        return m;
    }

    public List<Msid> msids() {
        return msids;
    }

    /** The track id of the first {@code a=msid} with one, else of the first {@code a=ssrc ... msid:}. */
    public Optional<String> trackId() {
        for (Msid m : msids) {
            if (!m.trackId().isEmpty()) {
                return Optional.of(m.trackId());
            }
        }
        for (Msid m : ssrcMsids) {
            if (!m.trackId().isEmpty()) {
                return Optional.of(m.trackId());
            }
        }
        return Optional.empty();
    }

    public List<SsrcAttribute> ssrcAttributes() {
        return ssrcAttributes;
    }

    /** The distinct SSRCs named by {@code a=ssrc}, in order. */
    public List<Long> ssrcs() {
        List<Long> out = new ArrayList<>();
        for (SsrcAttribute s : ssrcAttributes) {
            if (!out.contains(s.ssrc())) {
                out.add(s.ssrc());
            }
        }
        return out;
    }

    /**
     * The primary media SSRC: the first SSRC that is not the second member of an FID group (its
     * retransmission SSRC).
     */
    public Optional<Long> primarySsrc() {
        Set<Long> rtx = new HashSet<>();
        for (SsrcGroup g : ssrcGroups) {
            if (SsrcGroup.FID.equals(g.semantics()) && g.ssrcs().size() >= 2) {
                rtx.add(g.ssrcs().get(1));
            }
        }
        for (Long s : ssrcs()) {
            if (!rtx.contains(s)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The value of {@code a=ssrc:<ssrc> <name>:<value>}, e.g. the cname. */
    public Optional<String> ssrcAttribute(long ssrc, String name) {
        for (SsrcAttribute s : ssrcAttributes) {
            if (s.ssrc() == ssrc && s.name().equals(name)) {
                return Optional.ofNullable(s.value());
            }
        }
        return Optional.empty();
    }

    public List<SsrcGroup> ssrcGroups() {
        return ssrcGroups;
    }

    public List<Candidate> candidates() {
        return candidates;
    }

    public Optional<String> iceUfrag() {
        return iceUfrag;
    }

    public Optional<String> icePwd() {
        return icePwd;
    }

    public Optional<Fingerprint> fingerprint() {
        return fingerprint;
    }

    public Optional<Setup> setup() {
        return setup;
    }

    public boolean rtcpMux() {
        return rtcpMux;
    }

    /** True when an attribute of this name is present. */
    public boolean has(String attributeName) {
        for (Attribute a : attributes) {
            if (a.name().equals(attributeName)) {
                return true;
            }
        }
        return false;
    }
}
