package dev.parley.adapter.media.dtls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The DTLS certificate (ECDSA P-256, SHA256withECDSA, self-signed) and SDP fingerprints (RFC 8122 §5). */
class DtlsCertificateTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void certificateIsASelfSignedEcdsaP256CertificateTheJdkAccepts() throws Exception {
        DtlsCertificate certificate = DtlsCertificate.generate(new SecureRandom(), NOW, Duration.ofDays(8));
        X509Certificate x509 = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(certificate.encoded()));

        assertThat(x509.getSigAlgName()).isEqualTo("SHA256withECDSA");
        assertThat(((ECPublicKey) x509.getPublicKey()).getParams().getCurve().getField().getFieldSize()).isEqualTo(256);
        assertThat(x509.getPublicKey().toString()).contains("secp256r1");
        x509.verify(x509.getPublicKey());
        assertThat(x509.getNotBefore().toInstant()).isEqualTo(NOW.minus(Duration.ofDays(1)));
        assertThat(x509.getNotAfter().toInstant()).isEqualTo(NOW.plus(Duration.ofDays(8)));
        assertThat(certificate.notAfter()).isEqualTo(NOW.plus(Duration.ofDays(8)));
    }

    @Test
    void fingerprintIsTheSha256OfTheDerCertificate() throws Exception {
        DtlsCertificate certificate = DtlsCertificate.generate(new SecureRandom(), NOW, Duration.ofDays(1));
        byte[] sha256 = java.security.MessageDigest.getInstance("SHA-256").digest(certificate.encoded());

        assertThat(certificate.fingerprint().algorithm()).isEqualTo("sha-256");
        assertThat(certificate.fingerprint().value()).isEqualTo(sha256);
        assertThat(certificate.fingerprint().matches(certificate.encoded())).isTrue();
    }

    @Test
    void twoCertificatesHaveDifferentKeysAndFingerprints() {
        SecureRandom random = new SecureRandom();
        DtlsCertificate a = DtlsCertificate.generate(random, NOW, Duration.ofDays(1));
        DtlsCertificate b = DtlsCertificate.generate(random, NOW, Duration.ofDays(1));
        assertThat(a.fingerprint()).isNotEqualTo(b.fingerprint());
        assertThat(a.fingerprint().matches(b.encoded())).isFalse();
    }

    @Test
    void toStringShowsTheFingerprintAndNothingOfTheKey() {
        DtlsCertificate certificate = DtlsCertificate.generate(new SecureRandom(), NOW, Duration.ofDays(1));
        assertThat(certificate.toString()).contains(certificate.fingerprint().toSdpValue()).doesNotContain("Private").doesNotContain("ECPrivate");
    }

    @Test
    void sdpFingerprintRoundTripsInUppercaseColonHex() {
        byte[] value = new byte[32];
        for (int i = 0; i < 32; i++) {
            value[i] = (byte) (i * 7 + 0xA0);
        }
        CertificateFingerprint fingerprint = new CertificateFingerprint("SHA-256", value);
        String sdp = fingerprint.toSdpValue();

        assertThat(sdp).startsWith("sha-256 A0:A7:AE:B5:").hasSize(8 + 32 * 3 - 1);
        assertThat(CertificateFingerprint.parseSdp(sdp)).isEqualTo(fingerprint);
        assertThat(CertificateFingerprint.parseSdp("  SHA-256 " + sdp.substring(8).toLowerCase() + " ")).isEqualTo(fingerprint);
    }

    @Test
    void fingerprintWithAWeakOrUnknownHashFunctionIsRefused() {
        String hex20 = HexFormat.ofDelimiter(":").formatHex(new byte[20]);
        assertThatThrownBy(() -> CertificateFingerprint.parseSdp("sha-1 " + hex20)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sha-1");
        assertThatThrownBy(() -> CertificateFingerprint.parseSdp("md5 " + HexFormat.ofDelimiter(":").formatHex(new byte[16]))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void malformedSdpFingerprintsAreRefused() {
        String hex31 = HexFormat.ofDelimiter(":").formatHex(new byte[31]);
        assertThatThrownBy(() -> CertificateFingerprint.parseSdp("sha-256 " + hex31)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> CertificateFingerprint.parseSdp("sha-256")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CertificateFingerprint.parseSdp("sha-256 0G:" + hex31)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CertificateFingerprint.parseSdp("sha-256 0:" + hex31)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fingerprintValueIsDefensivelyCopied() {
        byte[] value = new byte[32];
        CertificateFingerprint fingerprint = new CertificateFingerprint("sha-256", value);
        value[0] = 1;
        fingerprint.value()[1] = 1;
        assertThat(fingerprint.value()).containsOnly(0);
    }

    @Test
    void profilesExportTheRfc5764Lengths() {
        assertThat(DtlsSrtpProfile.AEAD_AES_128_GCM.keyingMaterialLength()).isEqualTo(56);
        assertThat(DtlsSrtpProfile.AES128_CM_HMAC_SHA1_80.keyingMaterialLength()).isEqualTo(60);
        assertThat(DtlsSrtpProfile.AEAD_AES_256_GCM.keyingMaterialLength()).isEqualTo(88);
        assertThat(DtlsSrtpProfile.byId(0x0007)).isEqualTo(DtlsSrtpProfile.AEAD_AES_128_GCM);
        assertThat(DtlsSrtpProfile.byId(0x0002)).isNull();
    }
}
