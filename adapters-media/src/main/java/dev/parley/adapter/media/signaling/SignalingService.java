package dev.parley.adapter.media.signaling;

import dev.parley.adapter.media.sfu.Sfu;
import dev.parley.application.session.SessionAdmissionUseCase;
import dev.parley.application.token.VerifyAccessTokenUseCase;
import dev.parley.domain.grant.AccessPolicy;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Opens a {@link SignalingSession} for each new client connection, over the application's token
 * verification in-port, the grant policy and the SFU. One per process; thread-safe.
 */
public final class SignalingService {

    private final VerifyAccessTokenUseCase tokens;
    private final AccessPolicy policy;
    private final Sfu sfu;
    private final ScheduledExecutorService timers;
    private final SignalingLimits limits;
    private final SessionAdmissionUseCase admission;
    private final JoinedSessions joined = new JoinedSessions();

    /**
     * @param tokens the token in-port ({@code join} is refused unless it verifies)
     * @param policy decides join, publish and subscribe from the token's grant
     * @param sfu    the media side
     * @param admission whether the token holder is an admitted participant of the room (verifyToken first)
     * @param timers runs join timeouts
     * @param limits message size, join timeout, token size
     */
    public SignalingService(VerifyAccessTokenUseCase tokens, SessionAdmissionUseCase admission, AccessPolicy policy, Sfu sfu,
            ScheduledExecutorService timers, SignalingLimits limits) {
        this.admission = Objects.requireNonNull(admission, "admission");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.sfu = Objects.requireNonNull(sfu, "sfu");
        this.timers = Objects.requireNonNull(timers, "timers");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** A session for a newly opened connection; its join timeout starts now. */
    public SignalingSession open(SignalingConnection connection) {
        SignalingSession s = new SignalingSession(connection, tokens, policy, sfu, limits, joined, admission);
        s.startJoinTimer(timers);
        return s;
    }

    /**
     * Ends every joined session of {@code identity} in {@code room} (its media stop with it).
     *
     * @return how many sessions were ended
     */
    public int endSessions(String room, String identity, String reason) {
        List<SignalingSession> sessions = joined.of(room, identity);
        for (SignalingSession s : sessions) {
            s.endByServer(reason);
        }
        return sessions.size();
    }

    /** The limits in force (the endpoint sizes its buffers from them). */
    public SignalingLimits limits() {
        return limits;
    }

    /** The SFU behind it. */
    public Sfu sfu() {
        return sfu;
    }
}
