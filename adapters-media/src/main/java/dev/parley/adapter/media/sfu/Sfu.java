package dev.parley.adapter.media.sfu;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parley's selective forwarding unit: rooms, participants and their PeerConnections over one
 * transport. Thread-safe. The caller (signaling) has already checked the participant's token and
 * grants; see {@link SfuParticipant} for what each operation expects.
 */
public final class Sfu implements AutoCloseable {

    private final PeerTransportFactory transports;
    private final SfuCounters counters = new SfuCounters();
    private final ConcurrentHashMap<String, SfuRoom> rooms = new ConcurrentHashMap<>();
    private final ConcurrentHashMap.KeySetView<SfuParticipant, Boolean> participants = ConcurrentHashMap.newKeySet();

    public Sfu(PeerTransportFactory transports) {
        this.transports = Objects.requireNonNull(transports, "transports");
    }

    /** Enters {@code identity} into {@code room}; {@code listener} hears about the room's tracks. */
    public SfuParticipant join(String room, String identity, RoomListener listener) {
        SfuParticipant p = new SfuParticipant(this, identity, listener);
        rooms.compute(room, (name, r) -> {
            SfuRoom sr = r == null ? new SfuRoom(name) : r;
            p.enter(sr);
            sr.enter(p);
            return sr;
        });
        participants.add(p);
        return p;
    }

    /** The room, if anyone is in it or publishes to it. */
    public Optional<SfuRoom> room(String name) {
        return Optional.ofNullable(rooms.get(name));
    }

    PeerSession openPeer(String pcId, SfuParticipant owner, PeerEvents events) {
        PeerSession peer = new PeerSession(pcId, owner, counters, events);
        peer.attach(transports.create(peer, peer));
        return peer;
    }

    void left(SfuParticipant p) {
        participants.remove(p);
        rooms.computeIfPresent(p.room().name(), (name, r) -> {
            r.leave(p);
            return r.isEmpty() ? null : r;
        });
    }

    /** A snapshot of the counters. */
    public SfuStats stats() {
        int peers = 0;
        for (SfuParticipant p : participants) {
            peers += p.peerCount();
        }
        return counters.snapshot(rooms.size(), peers);
    }

    /** Closes every participant's PeerConnections. */
    @Override
    public void close() {
        for (SfuParticipant p : new ArrayList<>(participants)) {
            p.leave();
        }
    }

    /** Identities currently connected to {@code room}, for tests and diagnostics. */
    public List<String> participants(String room) {
        List<String> out = new ArrayList<>();
        for (SfuParticipant p : participants) {
            if (p.room().name().equals(room)) {
                out.add(p.identity());
            }
        }
        return out;
    }
}
