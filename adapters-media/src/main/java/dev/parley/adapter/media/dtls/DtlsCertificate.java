package dev.parley.adapter.media.dtls;

import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.bouncycastle.operator.DefaultDigestAlgorithmIdentifierFinder;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcECContentSignerBuilder;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsContext;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCertificate;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * A self-signed ECDSA P-256 certificate (SHA256withECDSA) for DTLS-SRTP, and its {@code sha-256}
 * fingerprint for SDP (RFC 8122 §5, RFC 8827 §6.5). WebRTC peers authenticate it by fingerprint only,
 * so the subject is a fixed name. The private key stays inside: {@link #toString()} shows the
 * fingerprint and the validity only.
 */
public final class DtlsCertificate {

    private final BcTlsCrypto crypto;
    private final AsymmetricKeyParameter privateKey;
    private final Certificate chain;
    private final CertificateFingerprint fingerprint;
    private final Instant notAfter;

    private DtlsCertificate(BcTlsCrypto crypto, AsymmetricKeyParameter privateKey, Certificate chain,
            CertificateFingerprint fingerprint, Instant notAfter) {
        this.crypto = crypto;
        this.privateKey = privateKey;
        this.chain = chain;
        this.fingerprint = fingerprint;
        this.notAfter = notAfter;
    }

    /**
     * A fresh key pair and certificate valid from a day before {@code now} (clock skew) until
     * {@code now + validity}.
     */
    public static DtlsCertificate generate(SecureRandom random, Instant now, Duration validity) {
        Objects.requireNonNull(random, "random");
        try {
            X9ECParameters curve = CustomNamedCurves.getByOID(SECObjectIdentifiers.secp256r1);
            ECKeyPairGenerator generator = new ECKeyPairGenerator();
            generator.init(new ECKeyGenerationParameters(new ECNamedDomainParameters(SECObjectIdentifiers.secp256r1, curve), random));
            AsymmetricCipherKeyPair keyPair = generator.generateKeyPair();

            SubjectPublicKeyInfo publicKeyInfo = SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(keyPair.getPublic());
            X500Name name = new X500Name("CN=Parley WebRTC");
            Instant notAfter = now.plus(validity);
            X509v3CertificateBuilder builder = new X509v3CertificateBuilder(name, new BigInteger(63, random).add(BigInteger.ONE),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(notAfter), name, publicKeyInfo);
            AlgorithmIdentifier signature = new DefaultSignatureAlgorithmIdentifierFinder().find("SHA256withECDSA");
            AlgorithmIdentifier digest = new DefaultDigestAlgorithmIdentifierFinder().find(signature);
            X509CertificateHolder holder = builder.build(new BcECContentSignerBuilder(signature, digest).build(keyPair.getPrivate()));

            byte[] der = holder.getEncoded();
            BcTlsCrypto crypto = new BcTlsCrypto(random);
            Certificate chain = new Certificate(new TlsCertificate[] {new BcTlsCertificate(crypto, der)});
            return new DtlsCertificate(crypto, keyPair.getPrivate(), chain, CertificateFingerprint.of("sha-256", der), notAfter);
        } catch (IOException | OperatorCreationException e) {
            throw new IllegalStateException("could not create the DTLS certificate", e);
        }
    }

    /** The {@code sha-256} fingerprint to put in SDP. */
    public CertificateFingerprint fingerprint() {
        return fingerprint;
    }

    /** End of validity. */
    public Instant notAfter() {
        return notAfter;
    }

    /** The DER encoding of the certificate. */
    public byte[] encoded() {
        try {
            return chain.getCertificateAt(0).getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Bouncy Castle crypto bound to this certificate's key (one per certificate, thread-safe). */
    BcTlsCrypto crypto() {
        return crypto;
    }

    /** Signing credentials for one handshake (ECDSA with SHA-256, RFC 5246 §7.4.1.4.1). */
    TlsCredentialedSigner signer(TlsContext context) {
        return new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), crypto, privateKey, chain,
                new SignatureAndHashAlgorithm(HashAlgorithm.sha256, SignatureAlgorithm.ecdsa));
    }

    @Override
    public String toString() {
        return "DtlsCertificate[" + fingerprint.toSdpValue() + ", notAfter=" + notAfter + "]";
    }
}
