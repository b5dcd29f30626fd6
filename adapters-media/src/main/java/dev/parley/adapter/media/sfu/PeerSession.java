package dev.parley.adapter.media.sfu;

import dev.parley.adapter.media.rtp.RtcpCompound;
import dev.parley.adapter.media.rtp.RtcpFormatException;
import dev.parley.adapter.media.rtp.RtcpWriter;
import dev.parley.adapter.media.rtp.RtpPacket;
import dev.parley.adapter.media.rtp.RtpValidity;
import dev.parley.adapter.media.srtp.SrtpContext;
import dev.parley.adapter.media.srtp.SrtpKeyMaterial;
import dev.parley.adapter.media.srtp.SrtpProfile;
import dev.parley.adapter.media.transport.CloseReason;
import dev.parley.adapter.media.transport.MediaPacketHandler;
import dev.parley.adapter.media.transport.TransportListener;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One browser PeerConnection on the SFU: its transport, the SRTP contexts built from its DTLS
 * export (RFC 5764 §4.2, Parley being the DTLS server), the tracks it publishes (by SSRC) and the
 * ones it receives.
 *
 * <p>The packet path. {@link #onRtp} and {@link #onRtcp} run on the transport's single receive
 * thread, so the receiving context and the parsing views are used by that thread only. An RTP
 * packet is decrypted in place, looked up by SSRC (an SSRC or payload type that no approved
 * track announced is dropped), and handed to each subscriber's {@link #forward}: a copy into the
 * subscriber's own send buffer, the payload type rewritten to the subscriber's, header extension
 * ids renumbered or blanked to padding (RFC 8285 §4.1), and protected under the subscriber's
 * sending context. The payload is never read or changed (RFC 7667 §3.7 "RTP translator"; E2EE
 * stays opaque). Sending takes the session's send lock, since RTCP Parley originates (PLI/FIR)
 * comes from other threads; there is no per-packet allocation in this code.
 */
public final class PeerSession implements TransportListener, MediaPacketHandler {

    /** Largest RTP/RTCP packet forwarded (browsers stay near 1,200 bytes). */
    static final int MAX_PACKET = 1500;
    private static final int PT_SR = 200;
    private static final int PT_PSFB = 206;
    private static final int FMT_PLI = 1;
    private static final int FMT_FIR = 4;
    private static final PublishedTrack[] NO_TRACKS = new PublishedTrack[0];
    private static final DownTrack[] NO_DOWN = new DownTrack[0];

    private final String pcId;
    private final SfuParticipant owner;
    private final SfuCounters counters;
    private final PeerEvents events;
    private final int localSsrc = Ids.ssrc();
    private volatile PeerTransport transport;

    private volatile SrtpContext receiving;
    private volatile SrtpProfile profile;
    private final RtpPacket rtpView = new RtpPacket();
    private final RtcpCompound rtcpView = new RtcpCompound();

    private final Object sendLock = new Object();
    private SrtpContext sending;
    private final byte[] sendBuffer = new byte[MAX_PACKET + 64];
    private final RtpPacket sendView = new RtpPacket();

    private volatile PublishedTrack[] inbound = NO_TRACKS;
    private volatile DownTrack[] outbound = NO_DOWN;
    private volatile boolean negotiated;
    private final AtomicBoolean closed = new AtomicBoolean();

    PeerSession(String pcId, SfuParticipant owner, SfuCounters counters, PeerEvents events) {
        this.pcId = Objects.requireNonNull(pcId, "pcId");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.events = Objects.requireNonNull(events, "events");
    }

    void attach(PeerTransport t) {
        this.transport = Objects.requireNonNull(t, "transport");
    }

    /** The client's name for this PeerConnection (e.g. {@code pub}). */
    public String pcId() {
        return pcId;
    }

    /** The participant it belongs to. */
    public SfuParticipant owner() {
        return owner;
    }

    PeerTransport transport() {
        return transport;
    }

    /** The negotiated SRTP protection profile, null before DTLS completes. */
    public SrtpProfile srtpProfile() {
        return profile;
    }

    /** True once DTLS completed and until closed. */
    public boolean isConnected() {
        return profile != null && !closed.get();
    }

    boolean isNegotiated() {
        return negotiated;
    }

    void markNegotiated() {
        negotiated = true;
    }

    synchronized void addInbound(PublishedTrack t) {
        PublishedTrack[] next = Arrays.copyOf(inbound, inbound.length + 1);
        next[next.length - 1] = t;
        inbound = next;
    }

    synchronized void addOutbound(DownTrack d) {
        DownTrack[] next = Arrays.copyOf(outbound, outbound.length + 1);
        next[next.length - 1] = d;
        outbound = next;
        if (isConnected()) {
            requestKeyframe(d, false);
        }
    }

    synchronized void removeOutbound(DownTrack d) {
        outbound = Arrays.stream(outbound).filter(x -> x != d).toArray(DownTrack[]::new);
    }

    PublishedTrack[] inbound() {
        return inbound;
    }

    DownTrack[] outbound() {
        return outbound;
    }

    // ---- transport callbacks ---------------------------------------------------------------

    /**
     * Builds the SRTP contexts from the RFC 5764 §4.2 export (Parley is the DTLS server, so it
     * sends with the server write key), wipes the export, and asks every publisher this peer
     * receives from for a keyframe: a subscriber that arrives mid-stream cannot decode until one.
     */
    @Override
    public void onConnected(int protectionProfileId, byte[] exportedKeyMaterial) {
        try {
            SrtpProfile p = SrtpProfile.fromProfileId(protectionProfileId).orElse(null);
            if (p == null || closed.get()) {
                close();
                return;
            }
            SrtpKeyMaterial keys = SrtpKeyMaterial.fromDtlsExport(p, exportedKeyMaterial, true);
            try {
                SrtpContext send = keys.newSendingContext();
                receiving = keys.newReceivingContext();
                synchronized (sendLock) {
                    sending = send;
                }
            } finally {
                keys.destroy();
            }
            profile = p;
        } finally {
            Arrays.fill(exportedKeyMaterial, (byte) 0);
        }
        events.onConnected(this, profile.name());
        for (DownTrack d : outbound) {
            requestKeyframe(d, false);
        }
    }

    @Override
    public void onClosed(CloseReason reason) {
        cleanUp(reason.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public void onRtp(byte[] buf, int off, int len) {
        SrtpContext ctx = receiving;
        if (ctx == null) {
            counters.rtpBeforeKeys.increment();
            return;
        }
        int n = ctx.unprotectRtp(buf, off, len);
        if (n < 0) {
            counters.srtpRejected.increment();
            return;
        }
        RtpPacket p = rtpView;
        if (p.wrap(buf, off, n) != RtpValidity.VALID) {
            counters.srtpRejected.increment();
            return;
        }
        PublishedTrack t = inboundBySsrc(p.ssrc());
        if (t == null || p.payloadType() != t.codec().payloadType()) {
            counters.rtpUnknownSource.increment();
            return;
        }
        counters.rtpReceived.increment();
        for (DownTrack d : t.downTracks()) {
            d.subscriber().forward(d, buf, off, n, p.hasExtension());
        }
    }

    @Override
    public void onRtcp(byte[] buf, int off, int len) {
        SrtpContext ctx = receiving;
        if (ctx == null) {
            counters.rtpBeforeKeys.increment();
            return;
        }
        int n = ctx.unprotectRtcp(buf, off, len);
        if (n < 0) {
            counters.srtpRejected.increment();
            return;
        }
        RtcpCompound c = rtcpView;
        try {
            c.wrap(buf, off, n);
        } catch (RtcpFormatException e) {
            counters.rtcpMalformed.increment();
            return;
        }
        counters.rtcpReceived.increment();
        while (c.next()) {
            int p = c.packetOffset();
            int plen = c.contentLength();
            if (c.packetType() == PT_PSFB && c.count() == FMT_PLI && plen >= 12) {
                keyframeRequested(readInt(buf, p + 8), false);
            } else if (c.packetType() == PT_PSFB && c.count() == FMT_FIR && plen >= 20) {
                for (int e = p + 12; e + 8 <= p + plen; e += 8) {
                    keyframeRequested(readInt(buf, e), true);
                }
            } else if (c.packetType() == PT_SR && plen >= 28) {
                PublishedTrack t = inboundBySsrc(readInt(buf, p + 4));
                if (t != null) {
                    for (DownTrack d : t.downTracks()) {
                        d.subscriber().forwardSenderInfo(buf, p);
                    }
                }
            }
        }
    }

    // ---- the forwarding path ---------------------------------------------------------------

    /** Re-encrypts one decrypted RTP packet of {@code d}'s track for this subscriber and sends it. */
    void forward(DownTrack d, byte[] src, int off, int len, boolean hasExtension) {
        if (len > MAX_PACKET) {
            counters.sendFailed.increment();
            return;
        }
        synchronized (sendLock) {
            SrtpContext ctx = sending;
            if (ctx == null || closed.get()) {
                counters.forwardNotReady.increment();
                return;
            }
            byte[] out = sendBuffer;
            System.arraycopy(src, off, out, 0, len);
            out[1] = (byte) ((out[1] & 0x80) | d.payloadType());
            if (hasExtension && sendView.wrap(out, 0, len) == RtpValidity.VALID) {
                sendView.remapExtensionIds(d.extensionMap());
            }
            int n = ctx.protectRtp(out, 0, len);
            if (n < 0) {
                counters.srtpRejected.increment();
                return;
            }
            if (transport.send(out, 0, n)) {
                counters.rtpForwarded.increment();
            } else {
                counters.sendFailed.increment();
            }
        }
    }

    /**
     * Passes on the sender information of a publisher's SR (RFC 3550 §6.4.1) so the subscriber
     * can synchronise audio and video; its report blocks (about what the publisher receives) are
     * left out.
     */
    void forwardSenderInfo(byte[] src, int srOffset) {
        synchronized (sendLock) {
            SrtpContext ctx = sending;
            if (ctx == null || closed.get()) {
                return;
            }
            byte[] out = sendBuffer;
            System.arraycopy(src, srOffset, out, 0, 28);
            out[0] = (byte) 0x80;
            out[2] = 0;
            out[3] = 6;
            if (sendRtcpLocked(ctx, 28)) {
                counters.senderReportsForwarded.increment();
            }
        }
    }

    boolean sendPli(int mediaSsrc) {
        synchronized (sendLock) {
            SrtpContext ctx = sending;
            if (ctx == null || closed.get()) {
                return false;
            }
            int n = RtcpWriter.writePli(sendBuffer, 0, localSsrc, mediaSsrc);
            return sendRtcpLocked(ctx, n) && count();
        }
    }

    boolean sendFir(int mediaSsrc, int sequenceNumber) {
        synchronized (sendLock) {
            SrtpContext ctx = sending;
            if (ctx == null || closed.get()) {
                return false;
            }
            int n = RtcpWriter.writeFir(sendBuffer, 0, localSsrc, mediaSsrc, sequenceNumber);
            return sendRtcpLocked(ctx, n) && count();
        }
    }

    private boolean count() {
        counters.keyframeRequestsSent.increment();
        return true;
    }

    private boolean sendRtcpLocked(SrtpContext ctx, int len) {
        int n = ctx.protectRtcp(sendBuffer, 0, len);
        if (n < 0) {
            counters.srtpRejected.increment();
            return false;
        }
        if (!transport.send(sendBuffer, 0, n)) {
            counters.sendFailed.increment();
            return false;
        }
        return true;
    }

    private void keyframeRequested(int mediaSsrc, boolean fir) {
        for (DownTrack d : outbound) {
            if (d.track().ssrc() == mediaSsrc) {
                counters.keyframeRequestsReceived.increment();
                requestKeyframe(d, fir);
                return;
            }
        }
    }

    private static void requestKeyframe(DownTrack d, boolean fir) {
        if ("video".equals(d.track().info().kind())) {
            d.track().requestKeyframe(fir);
        }
    }

    private PublishedTrack inboundBySsrc(int ssrc) {
        for (PublishedTrack t : inbound) {
            if (t.ssrc() == ssrc) {
                return t;
            }
        }
        return null;
    }

    private static int readInt(byte[] b, int i) {
        return (b[i] & 0xFF) << 24 | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
    }

    // ---- lifecycle -------------------------------------------------------------------------

    /** Closes the PeerConnection: its tracks are unpublished and its subscriptions dropped. */
    public void close() {
        PeerTransport t = transport;
        if (t != null && !closed.get()) {
            t.close();
        }
        cleanUp("closed_by_application");
    }

    /** True once closed. */
    public boolean isClosed() {
        return closed.get();
    }

    private void cleanUp(String reason) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        synchronized (sendLock) {
            sending = null;
        }
        receiving = null;
        for (PublishedTrack t : inbound) {
            owner.room().unpublish(t);
        }
        for (DownTrack d : outbound) {
            d.track().removeDownTrack(d);
        }
        inbound = NO_TRACKS;
        outbound = NO_DOWN;
        owner.peerClosed(this);
        events.onClosed(this, reason);
    }

    @Override
    public String toString() {
        return "PeerSession[" + owner.identity() + "/" + pcId + "]";
    }
}
