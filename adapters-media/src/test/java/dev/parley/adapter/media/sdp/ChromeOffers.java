package dev.parley.adapter.media.sdp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Offers captured from Debian's headless Chromium 156 (the browser of the system test): a
 * PeerConnection with fake camera and microphone on sendonly transceivers, and one with two
 * recvonly transceivers.
 */
public final class ChromeOffers {

    private ChromeOffers() {
    }

    /** Audio + video, sendonly, with msid, ssrc and an FID group. */
    public static String publish() {
        return read("chrome-156-publish-offer.sdp");
    }

    /** Audio + video, recvonly, no sources. */
    public static String subscribe() {
        return read("chrome-156-subscribe-offer.sdp");
    }

    /** The MediaStreamTrack id of the publish offer's section of this kind ({@code audio}, {@code video}). */
    public static String publishedTrackId(String kind) {
        return publishedSection(kind).trackId().orElseThrow();
    }

    /** The primary SSRC of the publish offer's section of this kind. */
    public static int publishedSsrc(String kind) {
        return publishedSection(kind).primarySsrc().orElseThrow().intValue();
    }

    private static MediaDescription publishedSection(String kind) {
        return SdpParser.withDefaults().parse(publish()).media().stream().filter(m -> m.media().equals(kind))
                .findFirst().orElseThrow();
    }

    private static String read(String name) {
        try (InputStream in = ChromeOffers.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
