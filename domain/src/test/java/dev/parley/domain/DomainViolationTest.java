package dev.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** DomainViolation carries a stable code and a message. */
class DomainViolationTest {

    @Test
    void violationCarriesItsCodeAndMessage() {
        DomainViolation v = new DomainViolation("room_name_invalid", "bad name");

        assertThat(v.code()).isEqualTo("room_name_invalid");
        assertThat(v).hasMessage("bad name").isInstanceOf(RuntimeException.class);
    }

    @Test
    void violationRequiresACode() {
        assertThatThrownBy(() -> new DomainViolation(null, "m")).isInstanceOf(NullPointerException.class);
    }
}
