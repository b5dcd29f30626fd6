package dev.parley.application;

import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.trust.TrustLevel;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling a use case, as the driving adapter authenticated it.
 *
 * @param trust  how much the caller is trusted
 * @param actor  an identifier for the audit log (API key id, identity, {@code anonymous}); never a secret
 * @param grant  the grant the caller's token carries; empty for a caller that proved possession of an
 *               API secret directly (a signed server request), which may do everything in the deployment
 */
public record Caller(TrustLevel trust, String actor, Optional<VideoGrant> grant) {

    public Caller {
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(grant, "grant");
        if (grant.isEmpty() && trust != TrustLevel.SERVER) {
            throw new IllegalArgumentException("only a SERVER caller may act without a grant");
        }
    }

    /** A caller that signed its request with an API secret. */
    public static Caller server(String apiKeyId) {
        return new Caller(TrustLevel.SERVER, apiKeyId, Optional.empty());
    }

    /** A caller holding a verified token with {@code grant}. */
    public static Caller withGrant(TrustLevel trust, String actor, VideoGrant grant) {
        return new Caller(trust, actor, Optional.of(grant));
    }

    /** Nobody in particular. */
    public static Caller anonymous() {
        return new Caller(TrustLevel.ANONYMOUS, "anonymous", Optional.of(VideoGrant.none()));
    }
}
