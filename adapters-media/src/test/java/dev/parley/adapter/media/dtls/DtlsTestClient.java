package dev.parley.adapter.media.dtls;

import java.io.IOException;
import java.util.Hashtable;
import java.util.concurrent.atomic.AtomicReference;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.DTLSClientProtocol;
import org.bouncycastle.tls.DTLSTransport;
import org.bouncycastle.tls.DatagramTransport;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.ExporterLabel;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsSRTPUtils;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.UseSRTPData;

/**
 * A DTLS-SRTP client on Bouncy Castle's {@link DTLSClientProtocol}, playing the browser in tests: it
 * offers use_srtp profiles, checks the server certificate against the server's SDP fingerprint,
 * presents its own certificate, and exports the same "EXTRACTOR-dtls_srtp" keying material.
 */
public final class DtlsTestClient {

    /** A completed handshake. */
    public record Result(DTLSTransport transport, int profileId, byte[] keyingMaterial) {
    }

    private DtlsTestClient() {
    }

    /**
     * Runs the client handshake over {@code transport}.
     *
     * @param expectedServer the fingerprint from the server's SDP; a different certificate is refused
     * @param offeredProfiles use_srtp profile ids in the client's order (Chrome offers 0x0001, 0x0008, 0x0007)
     */
    public static Result connect(DatagramTransport transport, DtlsCertificate clientCertificate,
            CertificateFingerprint expectedServer, int timeoutMillis, int... offeredProfiles) throws IOException {
        AtomicReference<Integer> profile = new AtomicReference<>();
        AtomicReference<byte[]> keys = new AtomicReference<>();
        DefaultTlsClient client = new DefaultTlsClient(clientCertificate.crypto()) {
            @Override
            protected ProtocolVersion[] getSupportedVersions() {
                return ProtocolVersion.DTLSv12.only();
            }

            @Override
            protected int[] getSupportedCipherSuites() {
                return new int[] {CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256};
            }

            @Override
            public int getHandshakeTimeoutMillis() {
                return timeoutMillis;
            }

            @Override
            @SuppressWarnings({"rawtypes", "unchecked"})
            public Hashtable getClientExtensions() throws IOException {
                Hashtable extensions = super.getClientExtensions();
                TlsSRTPUtils.addUseSRTPExtension(extensions, new UseSRTPData(offeredProfiles, TlsUtils.EMPTY_BYTES));
                return extensions;
            }

            @Override
            @SuppressWarnings("rawtypes")
            public void processServerExtensions(Hashtable serverExtensions) throws IOException {
                super.processServerExtensions(serverExtensions);
                UseSRTPData chosen = TlsSRTPUtils.getUseSRTPExtension(serverExtensions);
                if (chosen == null || chosen.getProtectionProfiles().length != 1) {
                    throw new TlsFatalAlert(AlertDescription.illegal_parameter, "server must choose one SRTP profile");
                }
                profile.set(chosen.getProtectionProfiles()[0]);
            }

            @Override
            public TlsAuthentication getAuthentication() {
                return new TlsAuthentication() {
                    @Override
                    public void notifyServerCertificate(TlsServerCertificate serverCertificate) throws IOException {
                        byte[] der = serverCertificate.getCertificate().getCertificateAt(0).getEncoded();
                        if (!expectedServer.matches(der)) {
                            throw new TlsFatalAlert(AlertDescription.bad_certificate, "server certificate does not match its SDP fingerprint");
                        }
                    }

                    @Override
                    public TlsCredentials getClientCredentials(CertificateRequest request) {
                        return clientCertificate.signer(context);
                    }
                };
            }

            @Override
            public void notifyHandshakeComplete() throws IOException {
                super.notifyHandshakeComplete();
                DtlsSrtpProfile p = DtlsSrtpProfile.byId(profile.get());
                keys.set(context.exportKeyingMaterial(ExporterLabel.dtls_srtp, null, p.keyingMaterialLength()));
            }
        };
        DTLSTransport dtls = new DTLSClientProtocol().connect(client, transport);
        return new Result(dtls, profile.get(), keys.get());
    }
}
