package dev.parley.adapter.rest.webhook;

import dev.parley.application.webhook.port.WebhookSendException;
import dev.parley.application.webhook.port.WebhookSender;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

/**
 * {@link WebhookSender} over {@link java.net.http.HttpClient}: HTTP/1.1, one POST per call,
 * LiveKit's headers ({@code Content-Type: application/webhook+json}, {@code Authorization: <JWT>}
 * with no scheme), the body bytes exactly as given.
 *
 * <ul>
 *   <li>TLS: certificates are checked against the trust store of the {@link SSLContext} given
 *       (the JDK's default one unless the operator supplies a private CA), and host names are
 *       verified. There is no way to turn either off: a client whose JVM has the JDK's
 *       host-name verification switched off ({@code jdk.internal.httpclient.disableHostnameVerification})
 *       refuses to be built.</li>
 *   <li>Redirects are never followed: a 3xx is returned as the status (a failure for the caller).</li>
 *   <li>Timeouts: {@code connectTimeout} for the connection (TLS handshake included),
 *       {@code requestTimeout} until the response's status line and headers; the response body
 *       is read and thrown away, at most {@value #MAX_RESPONSE_BYTES} bytes of it and for at most
 *       {@value #BODY_GRACE_MILLIS} ms, then the connection is closed. So a call never takes
 *       longer than {@link #maxAttemptDuration()}.</li>
 *   <li>Nothing is logged here, and a failure's reason is a fixed code ({@code timeout},
 *       {@code connect_refused}, {@code tls_failure}...) that names neither the URL nor a header
 *       nor the body. The JDK's own HTTP client logging would print headers or content when
 *       switched on for them ({@code jdk.httpclient.HttpClient.log} with headers, content, frames or
 *       all, or {@code jdk.internal.httpclient.debug}): a JVM so configured refuses to build this
 *       client. (At FINE, the JDK's {@code jdk.internal.httpclient.debug} logger prints request
 *       URLs, never headers or bodies: keep it at INFO, the default, when a webhook URL carries a
 *       token in its query.)</li>
 * </ul>
 *
 * Thread-safe; one instance serves every delivery worker.
 */
public final class JdkWebhookSender implements WebhookSender {

    /** LiveKit's content type for webhooks (a custom type, so receivers check the signature before parsing). */
    public static final String CONTENT_TYPE = "application/webhook+json";

    /** Most response body bytes read before the connection is closed. */
    static final int MAX_RESPONSE_BYTES = 64 * 1024;

    /** Longest wait for the rest of the response body once the status is known. */
    static final long BODY_GRACE_MILLIS = 1000;

    private static final String USER_AGENT = "Parley-Webhooks/1";

    private final HttpClient client;
    private final Duration connectTimeout;
    private final Duration requestTimeout;

    /** A sender with the JDK's default trust store. */
    public JdkWebhookSender(Duration connectTimeout, Duration requestTimeout) {
        this(connectTimeout, requestTimeout, defaultTls());
    }

    /**
     * A sender trusting what {@code tls} trusts (for a private CA: an {@link SSLContext} initialised
     * with a trust manager over that CA; never one that accepts every certificate).
     */
    public JdkWebhookSender(Duration connectTimeout, Duration requestTimeout, SSLContext tls) {
        this.connectTimeout = requirePositive(connectTimeout, "connectTimeout");
        this.requestTimeout = requirePositive(requestTimeout, "requestTimeout");
        Objects.requireNonNull(tls, "tls");
        refuseUnsafeJvmSettings();
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .sslContext(tls)
                .build();
    }

    /** A sender with a 5 s connect timeout and a 10 s response timeout, trusting the JDK's trust store. */
    public static JdkWebhookSender withDefaults() {
        return new JdkWebhookSender(Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    @Override
    public int post(URI url, byte[] body, String authorization) throws WebhookSendException {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(authorization, "authorization");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new WebhookSendException("unsupported_scheme");
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(url)
                    .timeout(requestTimeout)
                    .header("Content-Type", CONTENT_TYPE)
                    .header("Authorization", authorization)
                    .header("User-Agent", USER_AGENT)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.clone()))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new WebhookSendException("invalid_request"); // the message could quote the header: not passed on
        }
        CompletableFuture<Integer> status = new CompletableFuture<>();
        AtomicReference<Discarding> reader = new AtomicReference<>();
        CompletableFuture<HttpResponse<Void>> response = client.sendAsync(request, info -> {
            status.complete(info.statusCode());
            Discarding d = new Discarding();
            reader.set(d);
            return d;
        });
        long budget = connectTimeout.plus(requestTimeout).toMillis() + 250;
        try {
            CompletableFuture.anyOf(status, response).get(budget, TimeUnit.MILLISECONDS);
            if (!status.isDone()) {
                response.get(); // completed exceptionally: rethrows the cause
            }
            int code = status.getNow(-1);
            try {
                response.get(BODY_GRACE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException slowOrBrokenBody) {
                // the status is what counts; the connection is closed below
            }
            return code;
        } catch (TimeoutException e) {
            throw new WebhookSendException("timeout");
        } catch (ExecutionException e) {
            throw new WebhookSendException(reason(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebhookSendException("interrupted");
        } finally {
            Discarding d = reader.get();
            if (d != null) {
                d.cancel();
            }
            response.cancel(true);
        }
    }

    @Override
    public Duration maxAttemptDuration() {
        return connectTimeout.plus(requestTimeout).plusMillis(250 + BODY_GRACE_MILLIS);
    }

    /** A fixed code for a failure before any status: never the exception's message (it may name the host). */
    static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SSLException) {
                return "tls_failure";
            }
            if (t instanceof UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return "unknown_host";
            }
        }
        if (failure instanceof HttpConnectTimeoutException) {
            return "connect_timeout";
        }
        if (failure instanceof HttpTimeoutException) {
            return "timeout";
        }
        if (failure instanceof ConnectException) {
            return "connect_refused";
        }
        if (failure instanceof IOException) {
            return "io_error";
        }
        return "send_failed";
    }

    private static Duration requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return d;
    }

    private static SSLContext defaultTls() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no default TLS context", e);
        }
    }

    private static void refuseUnsafeJvmSettings() {
        if (Boolean.parseBoolean(System.getProperty("jdk.internal.httpclient.disableHostnameVerification", "false"))
                || System.getProperty("jdk.internal.httpclient.disableHostnameVerification", "x").isEmpty()) {
            throw new IllegalStateException("host name verification is switched off for the JDK's HTTP client"
                    + " (jdk.internal.httpclient.disableHostnameVerification): webhooks are not sent so");
        }
        if (Boolean.parseBoolean(System.getProperty("jdk.internal.httpclient.debug", "false"))) {
            throw new IllegalStateException("the JDK's HTTP client debug output (jdk.internal.httpclient.debug) would print"
                    + " webhook headers and bodies: webhooks are not sent so");
        }
        String log = System.getProperty("jdk.httpclient.HttpClient.log", "").toLowerCase(Locale.ROOT);
        for (String unsafe : List.of("headers", "content", "frames", "all")) {
            if (log.contains(unsafe)) {
                throw new IllegalStateException("the JDK's HTTP client logging (jdk.httpclient.HttpClient.log=" + unsafe
                        + ") would print webhook headers or bodies: webhooks are not sent so");
            }
        }
    }

    /** Reads and drops the response body, up to {@link #MAX_RESPONSE_BYTES}; can be cancelled (closes the connection). */
    private static final class Discarding implements HttpResponse.BodySubscriber<Void> {
        private final CompletableFuture<Void> done = new CompletableFuture<>();
        private volatile Flow.Subscription subscription;
        private long received;

        @Override
        public CompletionStage<Void> getBody() {
            return done;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer b : items) {
                received += b.remaining();
            }
            if (received > MAX_RESPONSE_BYTES) {
                cancel();
            }
        }

        @Override
        public void onError(Throwable throwable) {
            done.complete(null); // the status is already known; a broken body does not change it
        }

        @Override
        public void onComplete() {
            done.complete(null);
        }

        void cancel() {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
            done.complete(null);
        }
    }
}
