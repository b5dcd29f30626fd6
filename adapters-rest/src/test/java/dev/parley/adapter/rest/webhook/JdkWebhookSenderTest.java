package dev.parley.adapter.rest.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.webhook.port.WebhookSendException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link JdkWebhookSender} against a real HTTP(S) server on 127.0.0.1. */
class JdkWebhookSenderTest {

    private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJBUElrZXkiLCJzaGEyNTYiOiJ4In0.c2lnbmF0dXJl";

    private final List<Receiver> receivers = new ArrayList<>();
    private final JdkWebhookSender sender = new JdkWebhookSender(Duration.ofSeconds(2), Duration.ofSeconds(2));

    @TempDir
    Path dir;

    private Receiver receiver() throws Exception {
        Receiver r = Receiver.http();
        receivers.add(r);
        return r;
    }

    @AfterEach
    void stopReceivers() {
        receivers.forEach(Receiver::close);
    }

    private static byte[] body() {
        StringBuilder sb = new StringBuilder("{\"event\":\"participant_joined\",\"room\":{\"metadata\":\"");
        while (sb.length() < 100_000) {
            sb.append("caf\u00e9 \uD83D\uDE00 \\n \\u0000 ");
        }
        return sb.append("\"}}").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void postsTheBodyBytesWithLiveKitsHeaders() throws Exception {
        Receiver r = receiver().answer(Receiver.status(200));
        byte[] body = body();

        int status = sender.post(r.url("/livekit/webhook?token=abc"), body, TOKEN);

        assertThat(status).isEqualTo(200);
        Receiver.Captured c = r.requests().get(0);
        assertThat(c.method()).isEqualTo("POST");
        assertThat(c.pathAndQuery()).isEqualTo("/livekit/webhook?token=abc");
        assertThat(c.header("Content-Type")).isEqualTo("application/webhook+json");
        assertThat(c.headers().get("content-type")).hasSize(1);
        assertThat(c.header("Authorization")).isEqualTo(TOKEN);
        assertThat(c.headers().get("authorization")).hasSize(1);
        assertThat(c.header("Content-Length")).isEqualTo(Integer.toString(body.length));
        assertThat(c.body()).isEqualTo(body);
    }

    @Test
    void theBodyIsCopiedSoALaterChangeCannotReachTheWire() throws Exception {
        Receiver r = receiver();
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        byte[] sent = body.clone();

        sender.post(r.url("/"), body, TOKEN);
        body[5] = '2';

        assertThat(r.requests().get(0).body()).isEqualTo(sent);
    }

    @Test
    void everyStatusIsReturnedAsIs() throws Exception {
        Receiver r = receiver();
        for (int code : new int[] {201, 204, 299, 400, 401, 404, 410, 429, 500, 503}) {
            r.answer(Receiver.status(code));
            assertThat(sender.post(r.url("/"), "{}".getBytes(StandardCharsets.UTF_8), TOKEN)).isEqualTo(code);
        }
    }

    @Test
    void redirectsAreNeverFollowed() throws Exception {
        Receiver elsewhere = receiver();
        Receiver r = receiver();
        for (int code : new int[] {301, 302, 303, 307, 308}) {
            r.answer(exchange -> {
                exchange.getResponseHeaders().add("Location", elsewhere.url("/stolen").toString());
                exchange.sendResponseHeaders(code, -1);
            });
            assertThat(sender.post(r.url("/"), "{}".getBytes(StandardCharsets.UTF_8), TOKEN)).isEqualTo(code);
        }
        assertThat(elsewhere.requests()).as("the token never reaches the redirect target").isEmpty();
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeIsATimeout() throws Exception {
        Receiver r = receiver().answer(exchange -> {
            Thread.sleep(5_000);
            exchange.sendResponseHeaders(200, -1);
        });
        JdkWebhookSender quick = new JdkWebhookSender(Duration.ofSeconds(1), Duration.ofMillis(500));

        long start = System.nanoTime();
        assertThatThrownBy(() -> quick.post(r.url("/"), "{}".getBytes(StandardCharsets.UTF_8), TOKEN))
                .isInstanceOf(WebhookSendException.class).hasMessage("timeout");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isLessThan(quick.maxAttemptDuration());
        assertThat(quick.maxAttemptDuration()).isEqualTo(Duration.ofMillis(1000 + 500 + 250 + 1000));
    }

    @Test
    void aResponseBodyThatNeverEndsDoesNotHoldTheCallBeyondItsBudget() throws Exception {
        Receiver r = receiver().answer(exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (java.io.IOException closedByTheClient) {
                // expected
            }
        });

        long start = System.nanoTime();
        assertThat(sender.post(r.url("/"), "{}".getBytes(StandardCharsets.UTF_8), TOKEN)).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aHugeResponseBodyIsNotRead() throws Exception {
        byte[] chunk = new byte[1 << 20];
        Receiver r = receiver().answer(exchange -> {
            exchange.sendResponseHeaders(202, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 200; i++) {
                    out.write(chunk);
                }
            } catch (java.io.IOException closedByTheClient) {
                // expected
            }
        });

        long start = System.nanoTime();
        assertThat(sender.post(r.url("/"), "{}".getBytes(StandardCharsets.UTF_8), TOKEN)).isEqualTo(202);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aClosedPortIsConnectRefused() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        assertThatThrownBy(() -> sender.post(URI.create("http://127.0.0.1:" + port + "/hook?token=s3cr3t"),
                "{}".getBytes(StandardCharsets.UTF_8), TOKEN))
                .isInstanceOf(WebhookSendException.class)
                .hasMessage("connect_refused");
    }

    @Test
    void onlyHttpAndHttpsArePosted() {
        assertThatThrownBy(() -> sender.post(URI.create("ftp://127.0.0.1/x"), new byte[0], TOKEN))
                .isInstanceOf(WebhookSendException.class).hasMessage("unsupported_scheme");
        assertThatThrownBy(() -> sender.post(URI.create("http://127.0.0.1:1/x"), new byte[0], "bad\r\nX-Injected: 1"))
                .isInstanceOf(WebhookSendException.class).hasMessage("invalid_request");
    }

    @Test
    void tlsIsVerifiedAgainstTheTrustStoreAndTheHostName(@TempDir Path certs) throws Exception {
        TestCertificates forLoopback = TestCertificates.create(certs, "ip:127.0.0.1");
        TestCertificates forAnotherHost = TestCertificates.create(certs, "dns:other.example.invalid");
        try (Receiver good = Receiver.https(forLoopback.serverContext());
             Receiver wrongName = Receiver.https(forAnotherHost.serverContext())) {
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

            assertThatThrownBy(() -> sender.post(good.url("/"), body, TOKEN))
                    .as("a certificate the JDK's trust store does not vouch for").isInstanceOf(WebhookSendException.class)
                    .hasMessage("tls_failure");

            JdkWebhookSender privateCa = new JdkWebhookSender(Duration.ofSeconds(2), Duration.ofSeconds(2),
                    TestCertificates.trusting(List.of(forLoopback.keyStore.getCertificate("server"),
                            forAnotherHost.keyStore.getCertificate("server"))));
            assertThat(privateCa.post(good.url("/"), body, TOKEN)).isEqualTo(204);
            assertThat(good.requests().get(0).header("Authorization")).isEqualTo(TOKEN);

            assertThatThrownBy(() -> privateCa.post(wrongName.url("/"), body, TOKEN))
                    .as("a trusted certificate for another host name").isInstanceOf(WebhookSendException.class)
                    .hasMessage("tls_failure");
            assertThat(wrongName.requests()).isEmpty();
        }
    }

    /**
     * With every logger at ALL, neither the body nor the Authorization value appears in any log
     * record or exception. (The JDK's client does log the URL at FINE on
     * {@code jdk.internal.httpclient.debug}: a webhook URL with a token in its query needs that
     * logger left at INFO, the default.)
     */
    @Test
    void neitherTheBodyNorTheTokenIsEverLogged() throws Exception {
        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        Level before = root.getLevel();
        root.addHandler(capture);
        root.setLevel(Level.ALL);
        try {
            Receiver r = receiver().answer(Receiver.status(500));
            sender.post(r.url("/?token=s3cr3t"), "{\"marker\":\"BODY-MARKER\"}".getBytes(StandardCharsets.UTF_8), TOKEN);
            try {
                new JdkWebhookSender(Duration.ofMillis(200), Duration.ofMillis(200))
                        .post(URI.create("http://127.0.0.1:1/?token=s3cr3t"), "BODY-MARKER".getBytes(StandardCharsets.UTF_8), TOKEN);
            } catch (WebhookSendException e) {
                assertThat(e.getMessage()).doesNotContain("s3cr3t", "127.0.0.1", TOKEN, "BODY-MARKER");
                assertThat(e.getStackTrace()).isEmpty();
            }
        } finally {
            root.removeHandler(capture);
            root.setLevel(before);
        }
        for (LogRecord record : records) {
            String text = record.getMessage() + " " + java.util.Arrays.toString(record.getParameters())
                    + (record.getThrown() == null ? "" : " " + record.getThrown());
            assertThat(text).doesNotContain(TOKEN, "BODY-MARKER");
            if (text.contains("s3cr3t")) {
                // the URL (query included) appears only in the JDK's own FINE debug output and the test server's
                assertThat(record.getLoggerName()).isIn("jdk.internal.httpclient.debug", "com.sun.net.httpserver");
                assertThat(record.getLevel().intValue()).isLessThanOrEqualTo(Level.FINE.intValue());
            }
        }
    }

    @Test
    void aJvmThatWouldLogHeadersOrSkipHostNameChecksGetsNoSender() {
        for (String[] setting : new String[][] {
                {"jdk.httpclient.HttpClient.log", "headers"},
                {"jdk.httpclient.HttpClient.log", "errors,content"},
                {"jdk.httpclient.HttpClient.log", "all"},
                {"jdk.internal.httpclient.debug", "true"},
                {"jdk.internal.httpclient.disableHostnameVerification", "true"},
                {"jdk.internal.httpclient.disableHostnameVerification", ""}}) {
            String old = System.getProperty(setting[0]);
            System.setProperty(setting[0], setting[1]);
            try {
                assertThatThrownBy(() -> new JdkWebhookSender(Duration.ofSeconds(1), Duration.ofSeconds(1)))
                        .as(setting[0] + "=" + setting[1]).isInstanceOf(IllegalStateException.class);
            } finally {
                if (old == null) {
                    System.clearProperty(setting[0]);
                } else {
                    System.setProperty(setting[0], old);
                }
            }
        }
        System.setProperty("jdk.httpclient.HttpClient.log", "errors");
        try {
            new JdkWebhookSender(Duration.ofSeconds(1), Duration.ofSeconds(1));
        } finally {
            System.clearProperty("jdk.httpclient.HttpClient.log");
        }
    }

    @Test
    void failuresAreNamedByFixedCodes() {
        assertThat(JdkWebhookSender.reason(new java.net.http.HttpConnectTimeoutException("x"))).isEqualTo("connect_timeout");
        assertThat(JdkWebhookSender.reason(new java.net.http.HttpTimeoutException("x"))).isEqualTo("timeout");
        assertThat(JdkWebhookSender.reason(new java.net.ConnectException("host"))).isEqualTo("connect_refused");
        assertThat(JdkWebhookSender.reason(new java.io.IOException("x", new javax.net.ssl.SSLHandshakeException("bad"))))
                .isEqualTo("tls_failure");
        assertThat(JdkWebhookSender.reason(new java.net.ConnectException("x") {
            {
                initCause(new java.nio.channels.UnresolvedAddressException());
            }
        })).isEqualTo("unknown_host");
        assertThat(JdkWebhookSender.reason(new java.io.EOFException("x"))).isEqualTo("io_error");
        assertThat(JdkWebhookSender.reason(new IllegalStateException("x"))).isEqualTo("send_failed");
    }
}
