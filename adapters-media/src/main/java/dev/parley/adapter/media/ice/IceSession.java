package dev.parley.adapter.media.ice;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;

/**
 * One session's ICE-lite state: its local credentials, the peer's ufrag once known, the remote
 * addresses that passed a connectivity check, the selected one (nominated by USE-CANDIDATE, RFC 8445
 * §7.3.1.5, else the latest validated) and the time of the latest valid check (consent, RFC 7675).
 * Written only by the agent's processing thread; readable from any thread.
 */
public final class IceSession {

    private final IceCredentials local;
    private final byte[] integrityKey;
    private final IceCheckListener listener;
    private volatile String remoteUfrag;
    private volatile long lastConsentNanos;
    private volatile InetSocketAddress selected;
    private volatile boolean nominated;
    private volatile InetSocketAddress[] valid = new InetSocketAddress[0];

    IceSession(IceCredentials local, IceCheckListener listener, long nowNanos) {
        this.local = local;
        this.integrityKey = local.integrityKey();
        this.listener = Objects.requireNonNull(listener, "listener");
        this.lastConsentNanos = nowNanos;
    }

    /** Parley's credentials for this session. */
    public IceCredentials localCredentials() {
        return local;
    }

    /** Sets the peer's ufrag from its SDP; from then on USERNAME must be {@code localUfrag:remoteUfrag}. */
    public void setRemoteUfrag(String ufrag) {
        if (ufrag.length() < 4 || !IceCredentials.isIceChars(ufrag)) {
            throw new IllegalArgumentException("ICE ufrag must be at least 4 ice-chars (RFC 8839 §5.4)");
        }
        this.remoteUfrag = ufrag;
    }

    /** The peer's ufrag, or null while its SDP is not known. */
    public String remoteUfrag() {
        return remoteUfrag;
    }

    /** The address media goes to, or null before the first valid check. */
    public InetSocketAddress selectedAddress() {
        return selected;
    }

    /** True once the controlling peer nominated a pair with USE-CANDIDATE. */
    public boolean isNominated() {
        return nominated;
    }

    /** Every remote address that passed a check, in order. */
    public List<InetSocketAddress> validAddresses() {
        return List.of(valid);
    }

    /** {@link System#nanoTime()}-based time of the latest valid check (of creation, before any). */
    public long lastConsentNanos() {
        return lastConsentNanos;
    }

    byte[] integrityKey() {
        return integrityKey;
    }

    /** Records a valid check; returns false (and records nothing) if the address would exceed the limit. */
    boolean recordValidCheck(InetSocketAddress from, boolean useCandidate, long nowNanos) {
        InetSocketAddress[] current = valid;
        boolean known = false;
        for (InetSocketAddress a : current) {
            if (a.equals(from)) {
                known = true;
                break;
            }
        }
        if (!known) {
            if (current.length >= IceLiteAgent.MAX_VALID_ADDRESSES) {
                return false;
            }
            InetSocketAddress[] grown = java.util.Arrays.copyOf(current, current.length + 1);
            grown[current.length] = from;
            valid = grown;
        }
        lastConsentNanos = nowNanos;
        if (useCandidate) {
            nominated = true;
            selected = from;
        } else if (!nominated) {
            selected = from;
        }
        listener.onCheckSucceeded(this, from, !known);
        return true;
    }

    @Override
    public String toString() {
        return "IceSession[ufrag=" + local.ufrag() + ", selected=" + selected + "]";
    }
}
