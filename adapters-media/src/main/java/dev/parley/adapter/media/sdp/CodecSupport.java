package dev.parley.adapter.media.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The codecs Parley forwards and how it matches them between peers. The SFU never decodes, so
 * "support" means: the payload format is one whose packets it may forward unchanged (Opus; VP8;
 * VP9 profile 0; H.264 with packetization-mode 1), and two peers' descriptions of a codec are
 * compatible when name, clock rate and channels agree and, for H.264 and VP9, the profile too
 * (RFC 6184 §8.1 profile-level-id and packetization-mode, VP9 profile-id). Retransmission,
 * RED and FEC formats are not accepted.
 */
public final class CodecSupport {

    /**
     * Feedback Parley handles for video: PLI and FIR, relayed to the publisher (RFC 4585 §6.3.1,
     * RFC 5104 §4.3.1). Generic NACK is not accepted: Parley keeps no packet cache to answer it.
     */
    public static final List<RtcpFeedback> VIDEO_FEEDBACK = List.of(RtcpFeedback.PLI, RtcpFeedback.FIR);

    private static final Set<String> AUDIO = Set.of("OPUS");
    private static final Set<String> VIDEO = Set.of("VP8", "VP9", "H264");

    private CodecSupport() {
    }

    /** True when Parley forwards this codec. */
    public static boolean isSupported(Codec c) {
        String n = c.name();
        if (AUDIO.contains(n)) {
            return c.clockRate() == 48000 && c.channels() == 2;
        }
        if (!VIDEO.contains(n) || c.clockRate() != 90000) {
            return false;
        }
        Map<String, String> p = c.parameterMap();
        return switch (n) {
            case "VP9" -> "0".equals(p.getOrDefault("profile-id", "0"));
            case "H264" -> "1".equals(p.get("packetization-mode")) && p.containsKey("profile-level-id");
            default -> true;
        };
    }

    /**
     * The codec Parley accepts from a publishing section: the first supported one in the
     * offerer's preference order, with its feedback narrowed to what Parley handles.
     */
    public static Optional<Codec> choosePublished(MediaDescription offer) {
        for (Codec c : offer.codecs()) {
            if (isSupported(c)) {
                return Optional.of(withHandledFeedback(c, offer.media()));
            }
        }
        return Optional.empty();
    }

    /**
     * The codec in a receiving section that matches {@code published} (the publisher's), under
     * the receiver's payload type, with the feedback Parley handles; empty when the receiver did
     * not offer it.
     */
    public static Optional<Codec> matchForReceiver(MediaDescription receiverOffer, Codec published) {
        for (Codec c : receiverOffer.codecs()) {
            if (compatible(c, published)) {
                return Optional.of(withHandledFeedback(c, receiverOffer.media()));
            }
        }
        return Optional.empty();
    }

    /** True when packets of {@code a} can be forwarded as {@code b}. */
    public static boolean compatible(Codec a, Codec b) {
        if (!a.name().equals(b.name()) || a.clockRate() != b.clockRate() || a.channels() != b.channels()) {
            return false;
        }
        Map<String, String> pa = a.parameterMap();
        Map<String, String> pb = b.parameterMap();
        return switch (a.name()) {
            case "VP9" -> pa.getOrDefault("profile-id", "0").equals(pb.getOrDefault("profile-id", "0"));
            case "H264" -> pa.getOrDefault("packetization-mode", "0").equals(pb.getOrDefault("packetization-mode", "0"))
                    && h264Profile(pa).equals(h264Profile(pb));
            default -> true;
        };
    }

    /** The profile_idc and profile-iop bytes of profile-level-id (RFC 6184 §8.1); the level may differ. */
    private static String h264Profile(Map<String, String> p) {
        String id = p.getOrDefault("profile-level-id", "42000a").toLowerCase(Locale.ROOT);
        return id.length() == 6 ? id.substring(0, 4) : id;
    }

    private static Codec withHandledFeedback(Codec c, String media) {
        List<RtcpFeedback> fb = new ArrayList<>();
        if ("video".equals(media)) {
            for (RtcpFeedback f : VIDEO_FEEDBACK) {
                if (c.hasFeedback(f)) {
                    fb.add(f);
                }
            }
        }
        return c.withFeedback(fb);
    }

    /** The header extensions Parley accepts from a publisher (their ids are rewritten or blanked when forwarded). */
    public static final Set<String> PUBLISHER_EXTENSIONS = Set.of(ExtMap.SDES_MID, ExtMap.AUDIO_LEVEL, ExtMap.VIDEO_ORIENTATION);

    /**
     * The header extensions Parley may forward to a receiver. Not the mid: its value names the
     * publisher's section, which would misroute packets at the receiver (RFC 8843 §9.2).
     */
    public static final Set<String> FORWARDED_EXTENSIONS = Set.of(ExtMap.AUDIO_LEVEL, ExtMap.VIDEO_ORIENTATION);

    /** The offered extensions whose URI is in {@code uris}, with the offer's ids. */
    public static List<ExtMap> acceptExtensions(MediaDescription offer, Set<String> uris) {
        List<ExtMap> out = new ArrayList<>();
        for (ExtMap e : offer.extMaps()) {
            if (uris.contains(e.uri()) && e.direction().isEmpty() && e.id() <= 14) {
                out.add(e);
            }
        }
        return out;
    }
}
