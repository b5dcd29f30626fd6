package dev.parley.adapter.rest.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Self-signed server certificates made by the JDK's keytool for a test, and TLS contexts for the
 * server (its key) and for a client that trusts exactly that certificate (a private CA, as an
 * operator would configure one: certificate and host name are still checked).
 */
final class TestCertificates {

    private static final char[] PASSWORD = "changeit-test".toCharArray();

    final KeyStore keyStore;

    private TestCertificates(KeyStore keyStore) {
        this.keyStore = keyStore;
    }

    /** A new EC P-256 key and self-signed certificate valid for {@code san} (e.g. {@code ip:127.0.0.1}). */
    static TestCertificates create(Path dir, String san) throws Exception {
        Path file = dir.resolve("server-" + System.nanoTime() + ".p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "server", "-keyalg", "EC",
                "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA", "-dname", "CN=parley-webhook-test",
                "-ext", "SAN=" + san, "-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(),
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("keytool failed: " + new String(out, java.nio.charset.StandardCharsets.UTF_8));
        }
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            ks.load(in, PASSWORD);
        }
        return new TestCertificates(ks);
    }

    /** The server side: presents this certificate. */
    SSLContext serverContext() throws Exception {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keyStore, PASSWORD);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        return ctx;
    }

    /** A client context whose trust store holds this certificate and nothing else. */
    SSLContext clientTrusting() throws Exception {
        return trusting(List.of(keyStore.getCertificate("server")));
    }

    static SSLContext trusting(List<Certificate> certificates) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        int i = 0;
        for (Certificate c : certificates) {
            trust.setCertificateEntry("ca-" + i++, c);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }
}
