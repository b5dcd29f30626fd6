package dev.parley.adapter.media.ice;

import dev.parley.adapter.media.stun.StunErrorCode;
import dev.parley.adapter.media.stun.StunFormatException;
import dev.parley.adapter.media.stun.StunMessage;
import dev.parley.adapter.media.stun.StunMessageType;
import dev.parley.adapter.media.stun.StunWriter;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;

/**
 * The ICE-lite agent (RFC 8445 §2.5) for every session on one UDP port: a registry from local ufrag
 * to {@link IceSession}, and the STUN server side of connectivity checks (RFC 8445 §7.3).
 *
 * <p>A Binding request is answered with success only if, in this order: it parses (RFC 8489 §5,
 * §14), carries a valid FINGERPRINT (§14.7), a USERNAME {@code localUfrag:remoteUfrag} naming a
 * live session whose peer ufrag (once known) matches (RFC 8445 §7.3), and a MESSAGE-INTEGRITY (or
 * MESSAGE-INTEGRITY-SHA256) that verifies with that session's pwd (RFC 8489 §9.1.3). Anything failing
 * these checks is dropped and counted, never answered: on a public port an unauthenticated answer
 * would be a reflector and an oracle for valid ufrags (RFC 8489 §9.1.3's 400/401 responses are
 * therefore not sent). Authenticated requests Parley cannot accept get a signed error: 420 with
 * UNKNOWN-ATTRIBUTES (RFC 8489 §6.3.1) and 487 Role Conflict when the peer claims ICE-CONTROLLED (a
 * lite agent is always controlled, RFC 8445 §6.1.1 and §7.3.1.1).
 *
 * <p>{@link #process} is called from one thread (the transport's receive thread); session creation,
 * removal and {@link #expireSilent} are thread-safe.
 */
public final class IceLiteAgent {

    /** Remote addresses remembered per session. */
    public static final int MAX_VALID_ADDRESSES = 16;

    private final SecureRandom random;
    private final LongSupplier nanoClock;
    private final Map<String, IceSession> sessions = new ConcurrentHashMap<>();
    private final AtomicLongArray drops = new AtomicLongArray(IceDropReason.values().length);
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong errorResponses = new AtomicLong();

    /** An agent drawing credentials from {@code random} and timing consent with {@code nanoClock} (e.g. {@code System::nanoTime}). */
    public IceLiteAgent(SecureRandom random, LongSupplier nanoClock) {
        this.random = Objects.requireNonNull(random, "random");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    }

    /** A new session with fresh credentials (its ufrag unique among live sessions); its consent clock starts now. */
    public IceSession createSession(IceCheckListener listener) {
        while (true) {
            IceCredentials credentials = IceCredentials.generate(random);
            IceSession session = new IceSession(credentials, listener, nanoClock.getAsLong());
            if (sessions.putIfAbsent(credentials.ufrag(), session) == null) {
                return session;
            }
        }
    }

    /** Forgets {@code session}: its checks are dropped as {@link IceDropReason#UNKNOWN_UFRAG} from now on. */
    public void remove(IceSession session) {
        sessions.remove(session.localCredentials().ufrag(), session);
    }

    /** The live session with this local ufrag, or null. */
    public IceSession session(String localUfrag) {
        return sessions.get(localUfrag);
    }

    /** Number of live sessions. */
    public int sessionCount() {
        return sessions.size();
    }

    /**
     * Removes and returns the sessions whose latest valid check (or creation) is older than
     * {@code consentTimeout} (RFC 7675 §5.1: consent expires 30 s after the last response).
     */
    public List<IceSession> expireSilent(Duration consentTimeout) {
        long now = nanoClock.getAsLong();
        long limit = consentTimeout.toNanos();
        List<IceSession> expired = new ArrayList<>();
        for (IceSession s : sessions.values()) {
            if (now - s.lastConsentNanos() > limit && sessions.remove(s.localCredentials().ufrag(), s)) {
                expired.add(s);
            }
        }
        return expired;
    }

    /**
     * Handles one datagram that looked like STUN, from {@code from}. A response, if any, is written
     * into {@code out} at {@code outOff} (room for 100 bytes + the longest error is enough; 512 is plenty).
     *
     * @return the length of the response to send back to {@code from}, or 0 to send nothing
     */
    public int process(byte[] buf, int off, int len, InetSocketAddress from, byte[] out, int outOff) {
        StunMessage msg;
        try {
            msg = StunMessage.parse(buf, off, len);
        } catch (StunFormatException e) {
            return drop(IceDropReason.MALFORMED);
        }
        if (msg.type() != StunMessageType.BINDING_REQUEST) {
            return drop(IceDropReason.NOT_A_BINDING_REQUEST);
        }
        if (!msg.hasFingerprint()) {
            return drop(IceDropReason.MISSING_FINGERPRINT);
        }
        if (!msg.verifyFingerprint()) {
            return drop(IceDropReason.BAD_FINGERPRINT);
        }
        if (!msg.hasUsername() || !(msg.hasMessageIntegrity() || msg.hasMessageIntegritySha256())) {
            return drop(IceDropReason.MISSING_CREDENTIALS);
        }
        String username = msg.username();
        int colon = username.indexOf(':');
        IceSession session = colon > 0 ? sessions.get(username.substring(0, colon)) : null;
        if (session == null) {
            return drop(IceDropReason.UNKNOWN_UFRAG);
        }
        String expectedRemote = session.remoteUfrag();
        if (expectedRemote != null && !expectedRemote.equals(username.substring(colon + 1))) {
            return drop(IceDropReason.REMOTE_UFRAG_MISMATCH);
        }
        byte[] key = session.integrityKey();
        if ((msg.hasMessageIntegrity() && !msg.verifyMessageIntegrity(key))
                || (msg.hasMessageIntegritySha256() && !msg.verifyMessageIntegritySha256(key))) {
            return drop(IceDropReason.BAD_INTEGRITY);
        }
        // Authenticated from here on: errors are signed.
        if (msg.hasUnknownComprehensionRequired()) {
            errorResponses.incrementAndGet();
            StunWriter w = new StunWriter(out, outOff).begin(StunMessageType.BINDING_ERROR, buf, msg.transactionIdOffset())
                    .errorCode(StunErrorCode.UNKNOWN_ATTRIBUTE).unknownAttributes(msg.unknownComprehensionRequired());
            return sign(w, msg, key);
        }
        if (msg.hasIceControlled()) {
            errorResponses.incrementAndGet();
            StunWriter w = new StunWriter(out, outOff).begin(StunMessageType.BINDING_ERROR, buf, msg.transactionIdOffset())
                    .errorCode(StunErrorCode.ROLE_CONFLICT);
            return sign(w, msg, key);
        }
        if (!session.recordValidCheck(from, msg.useCandidate(), nanoClock.getAsLong())) {
            return drop(IceDropReason.TOO_MANY_ADDRESSES);
        }
        answered.incrementAndGet();
        StunWriter w = new StunWriter(out, outOff).begin(StunMessageType.BINDING_SUCCESS, buf, msg.transactionIdOffset())
                .xorMappedAddress(from);
        return sign(w, msg, key);
    }

    /** The response carries the integrity attribute(s) the request had (RFC 8489 §9.1.3), then FINGERPRINT. */
    private static int sign(StunWriter w, StunMessage request, byte[] key) {
        if (request.hasMessageIntegrity()) {
            w.messageIntegrity(key);
        }
        if (request.hasMessageIntegritySha256()) {
            w.messageIntegritySha256(key);
        }
        return w.fingerprint().length();
    }

    private int drop(IceDropReason reason) {
        drops.incrementAndGet(reason.ordinal());
        return 0;
    }

    /** Requests dropped for {@code reason} so far. */
    public long dropped(IceDropReason reason) {
        return drops.get(reason.ordinal());
    }

    /** All drops so far. */
    public long droppedTotal() {
        long sum = 0;
        for (int i = 0; i < drops.length(); i++) {
            sum += drops.get(i);
        }
        return sum;
    }

    /** Binding requests answered with success so far. */
    public long answered() {
        return answered.get();
    }

    /** Signed error responses (420, 487) sent so far. */
    public long errorResponses() {
        return errorResponses.get();
    }
}
