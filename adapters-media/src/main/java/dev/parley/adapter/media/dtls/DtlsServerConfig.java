package dev.parley.adapter.media.dtls;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Settings of DTLS server connections.
 *
 * @param srtpProfiles the use_srtp profiles in server preference order (RFC 5764 §4.1.1)
 * @param handshakeTimeout the limit from the first DTLS packet to a completed handshake
 */
public record DtlsServerConfig(List<DtlsSrtpProfile> srtpProfiles, Duration handshakeTimeout) {

    /** Validates the fields. */
    public DtlsServerConfig {
        srtpProfiles = List.copyOf(srtpProfiles);
        if (srtpProfiles.isEmpty()) {
            throw new IllegalArgumentException("at least one SRTP profile");
        }
        Objects.requireNonNull(handshakeTimeout, "handshakeTimeout");
        if (handshakeTimeout.isNegative() || handshakeTimeout.isZero() || handshakeTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("handshakeTimeout must be positive and below 24 days");
        }
    }
}
