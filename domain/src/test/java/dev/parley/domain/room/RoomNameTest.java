package dev.parley.domain.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.DomainViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RoomName: 1..128 characters of [A-Za-z0-9_-], so it is safe as a NATS token, file name and URL segment. */
class RoomNameTest {

    private static void assertInvalid(String value) {
        assertThatThrownBy(() -> RoomName.of(value)).as("[%s]", value)
                .isInstanceOfSatisfying(DomainViolation.class, e -> assertThat(e.code()).isEqualTo("room_name_invalid"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Z", "0", "_", "-", "daily-standup", "Room_42", "ABCxyz019_-"})
    void namesOfTheAlphabetAreAccepted(String value) {
        assertThat(RoomName.of(value).value()).isEqualTo(value);
        assertThat(RoomName.of(value).toString()).isEqualTo(value);
    }

    @Test
    void roomNameOf128CharactersIsAcceptedAnd129Refused() {
        assertThat(RoomName.of("r".repeat(128)).value()).hasSize(128);
        assertInvalid("r".repeat(129));
    }

    @Test
    void emptyRoomNameIsRefused() {
        assertInvalid("");
        assertInvalid(null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.b", ".", "a b", " a", "a ", "\u00e9t\u00e9", "caf\u00e9", "\u0440\u0443\u043c", "\uff11",
            "a/b", "a\\b", "a:b", "a%20b", "a+b", "a@b", "a\u0000", "a\nb", "\ud83d\ude00"})
    void charactersOutsideTheAlphabetAreRefused(String value) {
        assertInvalid(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", ">", "a*", "a.>", "room>", "*room"})
    void natsWildcardsAreRefused(String value) {
        assertInvalid(value);
    }

    @Test
    void roomNamesAreCaseSensitiveAndOrdered() {
        assertThat(RoomName.of("Room")).isNotEqualTo(RoomName.of("room"));
        assertThat(RoomName.of("a").compareTo(RoomName.of("b"))).isNegative();
        assertThat(RoomName.of("b").compareTo(RoomName.of("b"))).isZero();
    }
}
