package dev.parley.adapter.nats.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configuration text Parley writes for nats-server. */
class NatsServerConfigTest {

    private static NatsServerConfig config(Path dir) {
        return new NatsServerConfig("127.0.0.1", 4222, 4223, dir, "OPJWT", "ASYS", Map.of("ASYS", "SYSJWT", "AAPP", "APPJWT"));
    }

    @Test
    void bothListenersAreOnLoopbackAndTheWebsocketHasNoTlsOnlyThere() {
        String text = config(Path.of("/tmp/x")).render();
        assertThat(text).contains("listen: \"127.0.0.1:4222\"");
        assertThat(text).contains("websocket {\n  listen: \"127.0.0.1:4223\"");
        assertThat(text).contains("no_tls: true");
    }

    @Test
    void operatorModeWithAFullResolverThatAcceptsUpdates() {
        String text = config(Path.of("/tmp/x")).render();
        assertThat(text).contains("operator: \"OPJWT\"");
        assertThat(text).contains("system_account: \"ASYS\"");
        assertThat(text).contains("type: full");
        assertThat(text).contains("dir: \"/tmp/x/jwt\"");
        assertThat(text).contains("ASYS: \"SYSJWT\"").contains("AAPP: \"APPJWT\"");
        assertThat(text).contains("store_dir: \"/tmp/x/jetstream\"");
    }

    @Test
    void refusesValuesThatWouldBreakOutOfAQuotedString() {
        assertThatThrownBy(() -> config(Path.of("/tmp/a\"b")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NatsServerConfig("127.0.0.1", 1, 2, Path.of("/tmp"), "x\nlisten: 0.0.0.0:1", "A", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesTheSamePortTwice() {
        assertThatThrownBy(() -> new NatsServerConfig("127.0.0.1", 5, 5, Path.of("/tmp"), "x", "A", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
