package dev.parley.application.webhook;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A URL webhooks are posted to. Absolute {@code https} (or {@code http}, as LiveKit allows, for a
 * receiver on the same host or network) with a host, without user info (credentials in a URL end
 * up in logs) and without a fragment.
 *
 * <p>The outbox stores the endpoint's {@link #id()}, a SHA-256 of the URL, never the URL: a URL
 * may carry a token in its query, and the database is not where configuration secrets belong.
 * Removing a URL from the configuration leaves its pending messages undeliverable; they are
 * retried (in case it comes back) and abandoned after the maximum age like any other failure.
 *
 * @param url the URL, exactly as configured
 */
public record WebhookEndpoint(URI url) {

    public WebhookEndpoint {
        Objects.requireNonNull(url, "url");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("a webhook URL must be an absolute https or http URL");
        }
        if (url.isOpaque() || url.getHost() == null || url.getHost().isEmpty()) {
            throw new IllegalArgumentException("a webhook URL must name a host");
        }
        if (url.getRawUserInfo() != null) {
            throw new IllegalArgumentException("a webhook URL must not carry user info (credentials)");
        }
        if (url.getRawFragment() != null) {
            throw new IllegalArgumentException("a webhook URL must not have a fragment");
        }
    }

    /** Parses {@code url}, failing with a message that does not repeat it. */
    public static WebhookEndpoint of(String url) {
        Objects.requireNonNull(url, "url");
        try {
            return new WebhookEndpoint(new URI(url.trim()));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("a webhook URL is not a valid URI");
        }
    }

    /** The stable id the outbox stores: lowercase hex SHA-256 of the URL's text (64 characters). */
    public String id() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** True when posts go over TLS. */
    public boolean isTls() {
        return "https".equalsIgnoreCase(url.getScheme());
    }

    /** Scheme, host, port and path, without the query (which may hold a token): for logs. */
    public String redacted() {
        String port = url.getPort() < 0 ? "" : ":" + url.getPort();
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        return url.getScheme() + "://" + url.getHost() + port + path + (url.getRawQuery() == null ? "" : "?<redacted>");
    }

    @Override
    public String toString() {
        return "WebhookEndpoint[" + redacted() + "]";
    }
}
