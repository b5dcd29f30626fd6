package dev.parley.adapter.media.signaling;

import dev.parley.adapter.media.sfu.Sfu;
import dev.parley.application.token.VerifyAccessTokenUseCase;
import dev.parley.domain.grant.AccessPolicy;
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

    /**
     * @param tokens the token in-port ({@code join} is refused unless it verifies)
     * @param policy decides join, publish and subscribe from the token's grant
     * @param sfu    the media side
     * @param timers runs join timeouts
     * @param limits message size, join timeout, token size
     */
    public SignalingService(VerifyAccessTokenUseCase tokens, AccessPolicy policy, Sfu sfu, ScheduledExecutorService timers,
            SignalingLimits limits) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.sfu = Objects.requireNonNull(sfu, "sfu");
        this.timers = Objects.requireNonNull(timers, "timers");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** A session for a newly opened connection; its join timeout starts now. */
    public SignalingSession open(SignalingConnection connection) {
        SignalingSession s = new SignalingSession(connection, tokens, policy, sfu, limits);
        s.startJoinTimer(timers);
        return s;
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
