package dev.parley.application.webhook.port;

import java.util.Objects;

/**
 * A webhook POST that got no HTTP status. The message is a short, fixed reason such as
 * {@code timeout} or {@code tls_failure}: it never contains the URL, a header or the body.
 */
public final class WebhookSendException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A failure for {@code reason} (a short code). */
    public WebhookSendException(String reason) {
        super(Objects.requireNonNull(reason, "reason"), null, false, false);
    }

    /** The short reason. */
    public String reason() {
        return getMessage();
    }
}
