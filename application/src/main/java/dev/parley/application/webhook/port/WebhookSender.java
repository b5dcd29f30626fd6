package dev.parley.application.webhook.port;

import java.net.URI;
import java.time.Duration;

/**
 * Out-port: one HTTP POST of a webhook, LiveKit's way: {@code Content-Type:
 * application/webhook+json}, {@code Authorization: <JWT>} (the raw token, no scheme), the body
 * bytes exactly as given. No redirect is followed (a 3xx is returned as the status), TLS
 * certificates and host names are always verified, and neither the body nor the
 * {@code Authorization} value is ever logged or put into an exception message.
 */
public interface WebhookSender {

    /**
     * Posts {@code body} to {@code url} and returns the response's status code, whatever it is.
     *
     * @throws WebhookSendException when no status was received (connection refused, TLS failure,
     *         timeout...), with a short reason that names neither the URL nor the content
     */
    int post(URI url, byte[] body, String authorization) throws WebhookSendException;

    /** The longest a call of {@link #post} can take, connection and response included. */
    Duration maxAttemptDuration();
}
