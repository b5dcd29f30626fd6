package dev.parley.adapter.media.sdp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds Parley's answer to a browser's offer (RFC 8829 §5.3): one section per offered section in
 * the same order; accepted sections carry the offer's mid, payload types and extension ids, and
 * Parley's single-port transport: {@code a=ice-lite} (RFC 8839 §5.3), Parley's ufrag and pwd,
 * {@code a=fingerprint:sha-256}, {@code a=setup:passive} (RFC 8842 §5.3: Parley is the DTLS
 * server), {@code a=rtcp-mux} and its host candidates followed by {@code a=end-of-candidates}
 * (ICE-lite has no trickle). Sections not accepted are rejected with port 0 and left out of the
 * BUNDLE group (RFC 8843 §7.3.3).
 */
public final class AnswerBuilder {

    private final SessionDescription offer;
    private final LocalTransport local;
    private final String sessionId;
    private final Map<String, MediaAnswer> accepted = new LinkedHashMap<>();

    /**
     * @param offer     the checked offer (see {@link RemoteTransport#of})
     * @param local     Parley's transport for this PeerConnection
     * @param sessionId the {@code o=} session id: digits, unique per PeerConnection
     */
    public AnswerBuilder(SessionDescription offer, LocalTransport local, String sessionId) {
        this.offer = Objects.requireNonNull(offer, "offer");
        this.local = Objects.requireNonNull(local, "local");
        this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
    }

    /** Accepts the section {@code mid} as described; every other section is rejected. */
    public AnswerBuilder accept(String mid, MediaAnswer answer) {
        MediaDescription m = offer.section(mid).orElseThrow(() -> new IllegalArgumentException("no section " + mid));
        for (Codec c : answer.codecs()) {
            if (m.codec(c.payloadType()).isEmpty()) {
                throw new IllegalArgumentException("payload type " + c.payloadType() + " was not offered in " + mid);
            }
        }
        Map<String, Integer> ids = m.extensionIds();
        for (ExtMap e : answer.extensions()) {
            if (!Integer.valueOf(e.id()).equals(ids.get(e.uri()))) {
                throw new IllegalArgumentException("extension " + e.uri() + " was not offered with id " + e.id());
            }
        }
        if (answer.direction().sends() && !m.direction().receives() || answer.direction().receives() && !m.direction().sends()) {
            throw new IllegalArgumentException("the answer's direction is not compatible with the offer's in " + mid);
        }
        accepted.put(mid, answer);
        return this;
    }

    /** The answer. */
    public SessionDescription build() {
        List<String> bundle = new ArrayList<>();
        for (MediaDescription m : offer.media()) {
            m.mid().filter(accepted::containsKey).ifPresent(bundle::add);
        }
        List<Attribute> session = new ArrayList<>();
        if (!bundle.isEmpty()) {
            session.add(Attribute.of("group", "BUNDLE " + String.join(" ", bundle)));
        }
        session.add(Attribute.flag("ice-lite"));
        session.add(Attribute.of("msid-semantic", " WMS *"));

        Candidate first = local.candidates().get(0);
        String ipVersion = first.address().contains(":") ? "IP6" : "IP4";
        String connection = "IN " + ipVersion + " " + first.address();
        List<MediaDescription> sections = new ArrayList<>();
        for (MediaDescription m : offer.media()) {
            MediaAnswer a = m.mid().map(accepted::get).orElse(null);
            sections.add(a == null ? rejected(m) : answered(m, a, first.port(), connection));
        }
        Origin origin = new Origin("-", sessionId, 2, "IN", "IP4", "127.0.0.1");
        return new SessionDescription(origin, "-", Optional.empty(), List.of(), session, sections);
    }

    private static MediaDescription rejected(MediaDescription m) {
        List<Attribute> attrs = new ArrayList<>();
        m.mid().ifPresent(mid -> attrs.add(Attribute.of("mid", mid)));
        attrs.add(Attribute.flag(Direction.INACTIVE.attribute()));
        return new MediaDescription(m.media(), 0, m.proto(), List.of(m.formats().get(0)), Optional.of("IN IP4 0.0.0.0"),
                List.of(), attrs);
    }

    private MediaDescription answered(MediaDescription m, MediaAnswer a, int port, String connection) {
        List<Attribute> attrs = new ArrayList<>();
        attrs.add(Attribute.of("ice-ufrag", local.ice().ufrag()));
        attrs.add(Attribute.of("ice-pwd", local.ice().pwd()));
        attrs.add(Attribute.of("fingerprint", local.fingerprint().attributeValue()));
        attrs.add(Attribute.of("setup", Setup.PASSIVE.value()));
        attrs.add(Attribute.of("mid", m.mid().orElseThrow()));
        for (ExtMap e : a.extensions()) {
            attrs.add(Attribute.of("extmap", new ExtMap(e.id(), Optional.empty(), e.uri(), e.attributes()).attributeValue()));
        }
        attrs.add(Attribute.flag(a.direction().attribute()));
        a.source().ifPresent(s -> attrs.add(Attribute.of("msid", s.msid().attributeValue())));
        attrs.add(Attribute.flag("rtcp-mux"));
        if (m.has("rtcp-rsize")) {
            attrs.add(Attribute.flag("rtcp-rsize"));
        }
        List<String> formats = new ArrayList<>();
        for (Codec c : a.codecs()) {
            formats.add(String.valueOf(c.payloadType()));
            attrs.add(Attribute.of("rtpmap", c.rtpmapValue()));
            for (RtcpFeedback fb : c.feedback()) {
                attrs.add(Attribute.of("rtcp-fb", c.payloadType() + " " + fb.text()));
            }
            if (!c.parameters().isEmpty()) {
                attrs.add(Attribute.of("fmtp", c.payloadType() + " " + c.parameters()));
            }
        }
        a.source().ifPresent(s -> {
            attrs.add(Attribute.of("ssrc", new SsrcAttribute(s.ssrc(), "cname", s.cname()).attributeValue()));
            attrs.add(Attribute.of("ssrc", new SsrcAttribute(s.ssrc(), "msid", s.msid().attributeValue()).attributeValue()));
        });
        for (Candidate c : local.candidates()) {
            attrs.add(Attribute.of("candidate", c.attributeValue()));
        }
        attrs.add(Attribute.flag("end-of-candidates"));
        return new MediaDescription(m.media(), port, m.proto(), formats, Optional.of(connection), List.of(), attrs);
    }
}
