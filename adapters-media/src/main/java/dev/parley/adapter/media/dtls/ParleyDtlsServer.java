package dev.parley.adapter.media.dtls;

import java.io.IOException;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.ClientCertificateType;
import org.bouncycastle.tls.DefaultTlsServer;
import org.bouncycastle.tls.ExporterLabel;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsSRTPUtils;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.UseSRTPData;

/**
 * The Bouncy Castle server side of one DTLS-SRTP handshake, following the recipe known to work with
 * Chromium (shared/reference/webrtc.md) and its pitfalls:
 * <ol>
 * <li>DTLS 1.2 only ({@link ProtocolVersion#DTLSv12}{@code .only()}): the default list names TLS
 *     versions and Chrome answers protocol_version;</li>
 * <li>no DTLS 1.3 (bctls cannot serve it);</li>
 * <li>a CertificateRequest is sent, so {@link #notifyClientCertificate} is overridden: the client's
 *     certificate must match a fingerprint from its SDP (RFC 5763 §5, RFC 8122 §5), else
 *     bad_certificate;</li>
 * <li>keys are exported in {@link #notifyHandshakeComplete} (RFC 5764 §4.2).</li>
 * </ol>
 * use_srtp (RFC 5764 §4.1.2): the first profile of the server's list that the client offers; a
 * client offering none fails the handshake (WebRTC media cannot run without SRTP). The extended master
 * secret (RFC 7627) is required, so exported keys are bound to the whole handshake.
 */
final class ParleyDtlsServer extends DefaultTlsServer {

    private static final int[] CIPHER_SUITES = {
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
    };

    private final DtlsCertificate certificate;
    private final List<DtlsSrtpProfile> serverProfiles;
    private final int handshakeTimeoutMillis;
    private final long deadlineNanos;
    private final CompletableFuture<List<CertificateFingerprint>> peerFingerprints;
    private volatile DtlsSrtpProfile selected;
    private volatile byte[] keyingMaterial;
    private volatile DtlsFailure failure;

    ParleyDtlsServer(DtlsCertificate certificate, DtlsServerConfig config,
            CompletableFuture<List<CertificateFingerprint>> peerFingerprints, long deadlineNanos) {
        super(certificate.crypto());
        this.certificate = certificate;
        this.serverProfiles = config.srtpProfiles();
        this.handshakeTimeoutMillis = (int) config.handshakeTimeout().toMillis();
        this.deadlineNanos = deadlineNanos;
        this.peerFingerprints = peerFingerprints;
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
        return ProtocolVersion.DTLSv12.only();
    }

    @Override
    protected int[] getSupportedCipherSuites() {
        return CIPHER_SUITES.clone();
    }

    @Override
    public int getHandshakeTimeoutMillis() {
        return handshakeTimeoutMillis;
    }

    @Override
    public boolean requiresExtendedMasterSecret() {
        return true;
    }

    @Override
    protected TlsCredentialedSigner getECDSASignerCredentials() {
        return certificate.signer(context);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void processClientExtensions(Hashtable clientExtensions) throws IOException {
        super.processClientExtensions(clientExtensions);
        UseSRTPData offered = TlsSRTPUtils.getUseSRTPExtension(clientExtensions);
        if (offered != null) {
            for (DtlsSrtpProfile candidate : serverProfiles) {
                for (int id : offered.getProtectionProfiles()) {
                    if (id == candidate.id()) {
                        selected = candidate;
                        return;
                    }
                }
            }
        }
        failure = DtlsFailure.NO_SRTP_PROFILE;
        throw new TlsFatalAlert(AlertDescription.handshake_failure, "no common SRTP protection profile (RFC 5764 §4.1.2)");
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Hashtable getServerExtensions() throws IOException {
        Hashtable extensions = super.getServerExtensions();
        // RFC 5764 §4.1.1: exactly one profile; an empty MKI (Parley uses none).
        TlsSRTPUtils.addUseSRTPExtension(extensions, new UseSRTPData(new int[] {selected.id()}, TlsUtils.EMPTY_BYTES));
        return extensions;
    }

    @Override
    public CertificateRequest getCertificateRequest() {
        short[] types = {ClientCertificateType.ecdsa_sign, ClientCertificateType.rsa_sign};
        return new CertificateRequest(types, TlsUtils.getDefaultSupportedSignatureAlgorithms(context), null);
    }

    @Override
    public void notifyClientCertificate(Certificate clientCertificate) throws IOException {
        if (clientCertificate == null || clientCertificate.isEmpty()) {
            failure = DtlsFailure.FINGERPRINT_MISMATCH;
            throw new TlsFatalAlert(AlertDescription.handshake_failure, "client sent no certificate (RFC 5763 §5)");
        }
        byte[] der = clientCertificate.getCertificateAt(0).getEncoded();
        List<CertificateFingerprint> expected = awaitPeerFingerprints();
        for (CertificateFingerprint fingerprint : expected) {
            if (fingerprint.matches(der)) {
                return;
            }
        }
        failure = DtlsFailure.FINGERPRINT_MISMATCH;
        throw new TlsFatalAlert(AlertDescription.bad_certificate, "certificate does not match the SDP fingerprint (RFC 8122 §5)");
    }

    /** The peer's SDP may still be on its way when its certificate arrives: wait for it until the handshake deadline. */
    private List<CertificateFingerprint> awaitPeerFingerprints() throws IOException {
        try {
            long remaining = Math.max(0, deadlineNanos - System.nanoTime());
            return peerFingerprints.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            failure = DtlsFailure.TIMEOUT;
            throw new TlsFatalAlert(AlertDescription.internal_error, "peer fingerprint not known before the handshake deadline");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TlsFatalAlert(AlertDescription.internal_error, "interrupted");
        } catch (ExecutionException e) {
            throw new TlsFatalAlert(AlertDescription.internal_error, "no peer fingerprint");
        }
    }

    @Override
    public void notifyHandshakeComplete() throws IOException {
        super.notifyHandshakeComplete();
        keyingMaterial = context.exportKeyingMaterial(ExporterLabel.dtls_srtp, null, selected.keyingMaterialLength());
    }

    DtlsSrtpProfile selectedProfile() {
        return selected;
    }

    /** The exported keys, handed over once (the field is cleared). */
    byte[] takeKeyingMaterial() {
        byte[] k = keyingMaterial;
        keyingMaterial = null;
        return k;
    }

    DtlsFailure failure() {
        return failure;
    }
}
