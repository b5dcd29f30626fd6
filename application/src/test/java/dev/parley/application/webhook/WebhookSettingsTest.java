package dev.parley.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Webhook settings: defaults, the backoff schedule, and the URLs accepted. */
class WebhookSettingsTest {

    private static final WebhookEndpoint E = WebhookEndpoint.of("https://hooks.example.com/lk");

    @Test
    void defaultsAreOneSecondDoublingToFiveMinutesForADay() {
        WebhookSettings s = WebhookSettings.defaults(List.of(E));

        assertThat(s.initialBackoff()).isEqualTo(Duration.ofSeconds(1));
        assertThat(s.maxBackoff()).isEqualTo(Duration.ofMinutes(5));
        assertThat(s.maxAge()).isEqualTo(Duration.ofHours(24));
        assertThat(s.signingKeyId()).isEmpty();
        assertThat(s.enabled()).isTrue();
        assertThat(WebhookSettings.defaults(List.of()).enabled()).isFalse();
        assertThat(WebhookSettings.TOKEN_TTL).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theBackoffDoublesUpToItsCap() {
        WebhookSettings s = WebhookSettings.defaults(List.of(E));
        long[] expected = {1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300};
        for (int i = 0; i < expected.length; i++) {
            assertThat(s.backoffAfter(i + 1, 0)).isEqualTo(Duration.ofSeconds(expected[i]));
        }
        assertThat(s.backoffAfter(Integer.MAX_VALUE, 0)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void jitterTakesOffAtMostItsShare() {
        WebhookSettings s = WebhookSettings.defaults(List.of(E));
        for (int failures = 1; failures < 15; failures++) {
            Duration base = s.backoffAfter(failures, 0);
            Duration shortest = s.backoffAfter(failures, 0.999_999);
            assertThat(shortest).isLessThanOrEqualTo(base);
            assertThat(shortest.toMillis()).isGreaterThanOrEqualTo((long) (base.toMillis() * 0.8));
        }
        assertThatThrownBy(() -> s.backoffAfter(1, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.backoffAfter(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nonsenseIsRefused() {
        WebhookSettings s = WebhookSettings.defaults(List.of(E));
        assertThatThrownBy(() -> s.withRetry(Duration.ofMinutes(10), Duration.ofMinutes(5), 0.2, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.withRetry(Duration.ofSeconds(1), Duration.ofMinutes(5), 0.9, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.withRetry(Duration.ofSeconds(1), Duration.ofMinutes(5), 0.2, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.withClaims(0, 1, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aUrlConfiguredTwiceIsOneEndpoint() {
        WebhookSettings s = WebhookSettings.defaults(List.of(E, WebhookEndpoint.of("https://hooks.example.com/lk")));
        assertThat(s.endpoints()).hasSize(1);
        assertThat(s.endpoint(E.id())).contains(E);
    }

    @Test
    void endpointsAreAbsoluteHttpUrlsWithoutCredentials() {
        for (String bad : List.of("ftp://x/y", "/relative", "https:opaque", "https://user:pw@host/x", "https://host/x#frag",
                "mailto:a@b", "https:///nohost", "not a url")) {
            assertThatThrownBy(() -> WebhookEndpoint.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("pw"));
        }
        assertThat(WebhookEndpoint.of("http://127.0.0.1:8080/hook").isTls()).isFalse();
        assertThat(WebhookEndpoint.of("HTTPS://Example.com/hook").isTls()).isTrue();
    }

    @Test
    void anEndpointIsStoredAndLoggedWithoutItsQuery() {
        WebhookEndpoint e = WebhookEndpoint.of("https://hooks.example.com:8443/lk?token=s3cr3t");

        assertThat(e.id()).hasSize(64).matches("[0-9a-f]+").doesNotContain("s3cr3t");
        assertThat(e.redacted()).isEqualTo("https://hooks.example.com:8443/lk?<redacted>");
        assertThat(e.toString()).doesNotContain("s3cr3t");
        assertThat(WebhookSettings.defaults(List.of(e)).toString()).doesNotContain("s3cr3t");
        assertThat(e.id()).isNotEqualTo(WebhookEndpoint.of("https://hooks.example.com:8443/lk?token=other").id());
    }
}
