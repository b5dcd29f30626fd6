package dev.parley.adapter.nats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Settings defaults and the rules between embedded and external mode. */
class NatsSettingsTest {

    @Test
    void embeddedDefaultIsLoopbackWithBothListeners() {
        NatsSettings s = NatsSettings.defaults();
        assertThat(s.mode()).isEqualTo(NatsSettings.Mode.EMBEDDED);
        assertThat(s.effectiveServerUrls()).containsExactly("nats://127.0.0.1:4222");
        assertThat(s.effectiveWebsocketUrls()).containsExactly("ws://127.0.0.1:4223");
        assertThat(s.withWebsocketUrls(List.of("wss://meet.example.com/nats")).effectiveWebsocketUrls())
                .containsExactly("wss://meet.example.com/nats");
    }

    @Test
    void externalModeNeedsServerAndWebsocketUrls() {
        assertThatThrownBy(() -> NatsSettings.external(List.of(), List.of("wss://x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NatsSettings.external(List.of("nats://x:4222"), List.of())).isInstanceOf(IllegalArgumentException.class);
        NatsSettings s = NatsSettings.external(List.of("nats://a:4222", "nats://b:4222"), List.of("wss://x/nats"));
        assertThat(s.effectiveServerUrls()).containsExactly("nats://a:4222", "nats://b:4222");
    }

    @Test
    void embeddedModeNeedsTwoDifferentPorts() {
        assertThatThrownBy(() -> NatsSettings.embedded(Path.of("d"), 4222, 4222)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NatsSettings.embedded(Path.of("d"), 0, 4222)).isInstanceOf(IllegalArgumentException.class);
    }
}
