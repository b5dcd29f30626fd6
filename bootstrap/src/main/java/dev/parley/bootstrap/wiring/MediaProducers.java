package dev.parley.bootstrap.wiring;

import dev.parley.adapter.media.dtls.DtlsSrtpProfile;
import dev.parley.adapter.media.sfu.PeerTransportFactory;
import dev.parley.adapter.media.sfu.Sfu;
import dev.parley.adapter.media.signaling.MediaLiveChannel;
import dev.parley.bootstrap.messaging.TransactionalAdmission;
import dev.parley.application.session.port.LiveChannel;
import java.util.Optional;
import dev.parley.adapter.media.signaling.SignalingLimits;
import dev.parley.adapter.media.signaling.SignalingService;
import dev.parley.adapter.media.transport.MediaTransport;
import dev.parley.adapter.media.transport.TransportConfig;
import dev.parley.application.token.VerifyAccessTokenUseCase;
import dev.parley.domain.grant.AccessPolicy;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Wires the media adapter: binds the one UDP port of the WebRTC transport at startup (a failure
 * is logged at once, see {@link #start}), builds the SFU over it and the signaling service behind
 * the {@code /rtc} WebSocket, and closes them at shutdown.
 *
 * <p>Configuration (system property or environment variable, MicroProfile Config):
 * <ul>
 *   <li>{@code parley.media.udp-port} ({@code PARLEY_MEDIA_UDP_PORT}, default 7882): the UDP port
 *       every PeerConnection uses (ICE-lite, DTLS, SRTP); 0 picks a free one.</li>
 *   <li>{@code parley.media.bind-address} ({@code PARLEY_MEDIA_BIND_ADDRESS}, default 127.0.0.1):
 *       the local address of that socket; {@code 0.0.0.0} for every interface.</li>
 *   <li>{@code parley.media.advertised-addresses} ({@code PARLEY_MEDIA_ADVERTISED_ADDRESSES},
 *       default 127.0.0.1): comma-separated addresses put in the host candidates of every answer:
 *       the host's addresses, or the public IP in front of it.</li>
 *   <li>{@code parley.media.srtp-profiles} ({@code PARLEY_MEDIA_SRTP_PROFILES}, default
 *       {@code AEAD_AES_128_GCM,AES128_CM_HMAC_SHA1_80}): the DTLS-SRTP protection profiles
 *       Parley accepts, in its order of preference (RFC 5764 §4.1.1); also
 *       {@code AEAD_AES_256_GCM}.</li>
 * </ul>
 */
@ApplicationScoped
public class MediaProducers {

    private static final Logger LOG = Logger.getLogger("parley");

    @Inject
    @ConfigProperty(name = "parley.media.udp-port", defaultValue = "7882")
    int udpPort;

    @Inject
    @ConfigProperty(name = "parley.media.bind-address", defaultValue = "127.0.0.1")
    String bindAddress;

    @Inject
    @ConfigProperty(name = "parley.media.advertised-addresses", defaultValue = "127.0.0.1")
    String advertisedAddresses;

    @Inject
    @ConfigProperty(name = "parley.media.srtp-profiles", defaultValue = "AEAD_AES_128_GCM,AES128_CM_HMAC_SHA1_80")
    String srtpProfiles;

    @Inject
    private VerifyAccessTokenUseCase verifyAccessToken;

    @Inject
    private TransactionalAdmission admission;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private MediaTransport transport;
    private Sfu sfu;
    private SignalingService signaling;

    /**
     * Binds the media port at startup. A failure (the port is taken, a bad address or profile) is
     * logged as SEVERE and leaves the rest of Parley running: the REST API stays up, and every
     * {@code /rtc} connection fails its handshake until the cause is fixed and Parley restarted.
     */
    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        try {
            signaling();
        } catch (RuntimeException e) {
            LOG.severe("media disabled: " + e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")"));
        }
    }

    /** The signaling service the {@code /rtc} endpoint uses; built (and the UDP port bound) on first use. */
    @Produces
    synchronized SignalingService signaling() {
        if (signaling == null) {
            TransportConfig config = TransportConfig.defaults()
                    .withBind(address(bindAddress), udpPort)
                    .withAdvertisedAddresses(addresses(advertisedAddresses))
                    .withSrtpProfiles(profiles(srtpProfiles));
            try {
                transport = MediaTransport.start(config);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot bind the media UDP port " + bindAddress + ":" + udpPort, e);
            }
            sfu = new Sfu(PeerTransportFactory.over(transport));
            signaling = new SignalingService(verifyAccessToken, admission, AccessPolicy.standard(), sfu, scheduler,
                    SignalingLimits.defaults());
            LOG.info("media: UDP " + transport.localAddress() + ", candidates " + advertisedAddresses
                    + ", SRTP profiles " + config.srtpProfiles() + ", signaling at /rtc");
        }
        return signaling;
    }

    /**
     * The SFU as a live channel of participant sessions: removal, ban, room end and grant changes
     * close the participant's signaling connections and media (nothing to do while media is disabled).
     */
    @Produces
    LiveChannel mediaSessions() {
        return new MediaLiveChannel(this::running);
    }

    private synchronized Optional<SignalingService> running() {
        return Optional.ofNullable(signaling);
    }

    @PreDestroy
    synchronized void stop() {
        if (sfu != null) {
            sfu.close();
        }
        if (transport != null) {
            transport.close();
        }
    }

    /** Parses the profile list; an unknown name fails the start with the names that are known. */
    static List<DtlsSrtpProfile> profiles(String csv) {
        List<DtlsSrtpProfile> out = new ArrayList<>();
        for (String name : csv.split(",")) {
            String n = name.trim().toUpperCase(Locale.ROOT);
            if (n.isEmpty()) {
                continue;
            }
            try {
                out.add(DtlsSrtpProfile.valueOf(n));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("parley.media.srtp-profiles: unknown profile '" + name.trim()
                        + "' (known: " + Arrays.toString(DtlsSrtpProfile.values()) + ")");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("parley.media.srtp-profiles must name at least one profile");
        }
        return out;
    }

    private static List<InetAddress> addresses(String csv) {
        List<InetAddress> out = new ArrayList<>();
        for (String a : csv.split(",")) {
            if (!a.trim().isEmpty()) {
                out.add(address(a.trim()));
            }
        }
        return out;
    }

    /** A literal IP address (no name resolution at startup). */
    private static InetAddress address(String literal) {
        String s = literal.trim();
        boolean literalIp = s.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':');
        if (!literalIp) {
            throw new IllegalArgumentException("media addresses must be IP literals, not '" + s + "'");
        }
        try {
            return InetAddress.getByName(s);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: '" + s + "'", e);
        }
    }
}
