package dev.parley.domain.grant;

import dev.parley.domain.room.Feature;
import dev.parley.domain.room.RoomPolicy;

/**
 * Decides whether a room may use a server-side feature. A feature that must read content is
 * refused under any end-to-end key policy, whatever the room's allow list says, because the
 * server cannot (and must not pretend to) read end-to-end-encrypted media or data.
 */
public final class FeaturePolicy {

    private FeaturePolicy() {
    }

    /** Allows {@code feature} in a room with {@code policy}, or says why not. */
    public static Decision decide(RoomPolicy policy, Feature feature) {
        if (feature.needsContent() && policy.keyPolicy().isEndToEnd()) {
            return Decision.deny(DenyReason.FEATURE_UNAVAILABLE_UNDER_E2EE);
        }
        return policy.allowedFeatures().contains(feature) ? Decision.ALLOW : Decision.deny(DenyReason.FEATURE_NOT_ALLOWED);
    }
}
