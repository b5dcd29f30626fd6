package dev.parley.adapter.media.sfu;

import dev.parley.adapter.media.sdp.AnswerBuilder;
import dev.parley.adapter.media.sdp.Codec;
import dev.parley.adapter.media.sdp.CodecSupport;
import dev.parley.adapter.media.sdp.Direction;
import dev.parley.adapter.media.sdp.ExtMap;
import dev.parley.adapter.media.sdp.MediaAnswer;
import dev.parley.adapter.media.sdp.MediaDescription;
import dev.parley.adapter.media.sdp.Msid;
import dev.parley.adapter.media.sdp.OutgoingSource;
import dev.parley.adapter.media.sdp.RemoteTransport;
import dev.parley.adapter.media.sdp.SdpParser;
import dev.parley.adapter.media.sdp.SdpWriter;
import dev.parley.adapter.media.sdp.SessionDescription;
import dev.parley.domain.grant.TrackSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One participant's presence on the SFU: its PeerConnections, the publications signaling
 * approved, and the tracks it subscribed to. Operations are serialised on the participant.
 *
 * <p>Enforcement. A media section the browser sends on becomes a published track only if its
 * {@code a=msid} track id names an approved {@link Publication} of the same kind, with a codec
 * Parley forwards and an SSRC; anything else is rejected in the answer, and RTP from an SSRC no
 * track announced is dropped on the packet path. A section the browser receives on is filled
 * only with a track this participant subscribed to. The grant checks themselves (roomJoin,
 * canPublish and the source, canSubscribe) are made by signaling before calling in.
 */
public final class SfuParticipant {

    /** Most PeerConnections per participant. */
    public static final int MAX_PEERS = 4;
    /** Most approved publications per participant. */
    public static final int MAX_PUBLICATIONS = 16;
    /** Most subscriptions per participant. */
    public static final int MAX_SUBSCRIPTIONS = 64;

    private static final SdpParser PARSER = SdpParser.withDefaults();

    private final Sfu sfu;
    private final String identity;
    private final String sid = Ids.sid("PA_");
    private final RoomListener listener;
    private SfuRoom room;
    private final Map<String, PeerSession> peers = new ConcurrentHashMap<>();
    private final Map<String, Publication> publications = new LinkedHashMap<>();
    private final Set<String> bound = new HashSet<>();
    private final Set<String> subscriptions = new LinkedHashSet<>();
    private final Map<String, DownTrack> placed = new HashMap<>();
    private boolean left;

    SfuParticipant(Sfu sfu, String identity, RoomListener listener) {
        this.sfu = Objects.requireNonNull(sfu, "sfu");
        this.identity = Objects.requireNonNull(identity, "identity");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    void enter(SfuRoom r) {
        this.room = r;
    }

    /** The participant's identity (from its token). */
    public String identity() {
        return identity;
    }

    /** Parley's id for this participant's presence ({@code PA_...}). */
    public String sid() {
        return sid;
    }

    /** The room it is in. */
    public SfuRoom room() {
        return room;
    }

    RoomListener listener() {
        return listener;
    }

    int peerCount() {
        return peers.size();
    }

    /** The PeerConnection the client calls {@code pcId}, if negotiated or being negotiated. */
    public Optional<PeerSession> peer(String pcId) {
        return Optional.ofNullable(peers.get(pcId));
    }

    /**
     * Records that the browser track {@code trackId} may be published as {@code kind} from
     * {@code source} (the caller checked the grant). Asking again for the same track returns the
     * same publication.
     */
    public synchronized Publication approvePublication(String trackId, String kind, TrackSource source) {
        ensureIn();
        Publication existing = publications.get(trackId);
        if (existing != null) {
            if (!existing.kind().equals(kind) || existing.source() != source) {
                throw new SfuException("track_already_published", "this track was already published with another kind or source");
            }
            return existing;
        }
        if (publications.size() >= MAX_PUBLICATIONS) {
            throw new SfuException("too_many_tracks", "at most " + MAX_PUBLICATIONS + " published tracks per participant");
        }
        Publication p = new Publication(Ids.sid("TR_"), trackId, kind, source);
        publications.put(trackId, p);
        return p;
    }

    /** Stops publishing the track {@code sid}: subscribers lose it. */
    public synchronized void unpublish(String trackSid) {
        ensureIn();
        Publication p = publications.values().stream().filter(x -> x.sid().equals(trackSid)).findFirst()
                .orElseThrow(() -> new SfuException("track_not_found", "no such track of this participant"));
        publications.remove(p.trackId());
        bound.remove(p.sid());
        room.track(trackSid).ifPresent(room::unpublish);
    }

    /**
     * Subscribes to published tracks of the room (the caller checked canSubscribe). Each is sent
     * on the next offer that has a free receiving section of its kind.
     */
    public synchronized void subscribe(List<String> trackSids) {
        ensureIn();
        for (String s : trackSids) {
            if (room.track(s).isEmpty()) {
                throw new SfuException("track_not_found", "no published track with this sid in the room");
            }
        }
        if (subscriptions.size() + trackSids.size() > MAX_SUBSCRIPTIONS) {
            throw new SfuException("too_many_subscriptions", "at most " + MAX_SUBSCRIPTIONS + " subscriptions per participant");
        }
        subscriptions.addAll(trackSids);
    }

    /** Stops receiving these tracks. */
    public synchronized void unsubscribe(List<String> trackSids) {
        for (String s : trackSids) {
            subscriptions.remove(s);
            DownTrack d = placed.remove(s);
            if (d != null) {
                d.track().removeDownTrack(d);
                d.subscriber().removeOutbound(d);
            }
        }
    }

    /**
     * Answers the browser's offer for its PeerConnection {@code pcId}: publishing sections become
     * tracks, receiving sections carry subscribed tracks, and the transport learns the browser's
     * ICE credentials and fingerprint. One offer per PeerConnection (no renegotiation yet).
     *
     * @throws dev.parley.adapter.media.sdp.SdpException if the offer is malformed or unusable
     * @throws SfuException with {@code renegotiation_unsupported} or {@code too_many_peer_connections}
     */
    public synchronized Negotiation negotiate(String pcId, String offerSdp, PeerEvents events) {
        ensureIn();
        SessionDescription offer = PARSER.parse(offerSdp);
        RemoteTransport remote = RemoteTransport.of(offer);
        if (peers.containsKey(pcId)) {
            throw new SfuException("renegotiation_unsupported", "this PeerConnection was already negotiated");
        }
        if (peers.size() >= MAX_PEERS) {
            throw new SfuException("too_many_peer_connections", "at most " + MAX_PEERS + " PeerConnections per participant");
        }
        PeerSession peer = sfu.openPeer(pcId, this, events);
        try {
            Negotiation n = answer(offer, remote, peer);
            peers.put(pcId, peer);
            return n;
        } catch (RuntimeException e) {
            peer.close();
            throw e;
        }
    }

    private Negotiation answer(SessionDescription offer, RemoteTransport remote, PeerSession peer) {
        AnswerBuilder answer = new AnswerBuilder(offer, peer.transport().local(), Ids.sessionId());
        List<Negotiation.Binding> bindings = new ArrayList<>();
        List<PublishedTrack> newTracks = new ArrayList<>();
        List<DownTrack> newDowns = new ArrayList<>();
        Set<Integer> ssrcs = new HashSet<>();
        List<PublishedTrack> wanted = new ArrayList<>();
        for (String s : subscriptions) {
            if (!placed.containsKey(s)) {
                room.track(s).ifPresent(wanted::add);
            }
        }
        for (MediaDescription m : offer.media()) {
            String mid = m.mid().orElse(null);
            boolean media = "audio".equals(m.media()) || "video".equals(m.media());
            if (mid == null || !remote.bundle().contains(mid) || m.isRejected() || !m.isRtp() || !media) {
                continue;
            }
            if (m.direction().sends()) {
                Publication pub = m.trackId().map(publications::get).orElse(null);
                Optional<Codec> codec = CodecSupport.choosePublished(m);
                Optional<Long> ssrc = m.primarySsrc();
                if (pub == null || !pub.kind().equals(m.media()) || bound.contains(pub.sid()) || codec.isEmpty()
                        || ssrc.isEmpty() || !ssrcs.add(ssrc.get().intValue())) {
                    continue;
                }
                List<ExtMap> exts = CodecSupport.acceptExtensions(m, CodecSupport.PUBLISHER_EXTENSIONS);
                PublishedTrack t = new PublishedTrack(new TrackInfo(pub.sid(), identity, pub.kind(), pub.source()),
                        codec.get(), ssrc.get().intValue(), peer, idsByUri(exts));
                answer.accept(mid, new MediaAnswer(Direction.RECVONLY, List.of(codec.get()), exts, Optional.empty()));
                newTracks.add(t);
                bindings.add(new Negotiation.Binding(mid, "publish", t.info()));
            } else if (m.direction().receives()) {
                PublishedTrack t = place(m, wanted, ssrcs);
                if (t == null) {
                    continue;
                }
                Codec c = CodecSupport.matchForReceiver(m, t.codec()).orElseThrow();
                List<ExtMap> exts = CodecSupport.acceptExtensions(m, CodecSupport.FORWARDED_EXTENSIONS);
                OutgoingSource src = new OutgoingSource(t.ssrc() & 0xFFFFFFFFL, "parley",
                        new Msid(streamId(t), t.sid()));
                answer.accept(mid, new MediaAnswer(Direction.SENDONLY, List.of(c), exts, Optional.of(src)));
                newDowns.add(new DownTrack(t, peer, mid, c.payloadType(), t.extensionMapFor(idsByUri(exts))));
                bindings.add(new Negotiation.Binding(mid, "subscribe", t.info()));
            }
        }
        String sdp = SdpWriter.write(answer.build());
        peer.transport().setRemote(remote);
        for (PublishedTrack t : newTracks) {
            peer.addInbound(t);
            bound.add(t.sid());
            room.publish(t);
        }
        for (DownTrack d : newDowns) {
            placed.put(d.track().sid(), d);
            d.track().addDownTrack(d);
            peer.addOutbound(d);
        }
        peer.markNegotiated();
        return new Negotiation(sdp, bindings);
    }

    /** The first wanted track of the section's kind whose codec the section offers, removed from {@code wanted}. */
    private static PublishedTrack place(MediaDescription m, List<PublishedTrack> wanted, Set<Integer> ssrcs) {
        for (int i = 0; i < wanted.size(); i++) {
            PublishedTrack t = wanted.get(i);
            if (t.info().kind().equals(m.media()) && CodecSupport.matchForReceiver(m, t.codec()).isPresent()
                    && !ssrcs.contains(t.ssrc())) {
                wanted.remove(i);
                ssrcs.add(t.ssrc());
                return t;
            }
        }
        return null;
    }

    private static String streamId(PublishedTrack t) {
        return t.publisher().owner().sid();
    }

    private static Map<String, Integer> idsByUri(List<ExtMap> exts) {
        Map<String, Integer> m = new HashMap<>();
        for (ExtMap e : exts) {
            m.put(e.uri(), e.id());
        }
        return m;
    }

    void peerClosed(PeerSession peer) {
        synchronized (this) {
            peers.remove(peer.pcId(), peer);
            placed.values().removeIf(d -> d.subscriber() == peer);
            for (PublishedTrack t : peer.inbound()) {
                bound.remove(t.sid());
            }
        }
    }

    /** Leaves the room: every PeerConnection is closed, every track unpublished. Idempotent. */
    public void leave() {
        List<PeerSession> open;
        synchronized (this) {
            if (left) {
                return;
            }
            left = true;
            open = new ArrayList<>(peers.values());
        }
        for (PeerSession p : open) {
            p.close();
        }
        sfu.left(this);
    }

    private void ensureIn() {
        if (left) {
            throw new SfuException("not_joined", "the participant has left");
        }
    }
}
