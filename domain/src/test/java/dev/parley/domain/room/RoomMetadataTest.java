package dev.parley.domain.room;

import static dev.parley.domain.room.Rooms.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.DomainViolation;
import dev.parley.domain.Limits;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Room metadata: at most 64 KiB, measured in UTF-8 bytes, checked on create and on every change. */
class RoomMetadataTest {

    private static final int LIMIT = 64 * 1024;
    private static final String EURO = "\u20ac"; // 3 bytes in UTF-8
    private static final String EMOJI = "\ud83d\ude00"; // 4 bytes in UTF-8, 2 UTF-16 units

    private static void assertTooLarge(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainViolation.class,
                e -> assertThat(e.code()).isEqualTo("room_metadata_too_large"));
    }

    private static Room withMetadata(String metadata) {
        return Room.create(RoomName.of("r1"), "RM_r1", RoomPolicy.defaults(), metadata, T0);
    }

    @Test
    void roomMetadataLimitIs64Kib() {
        assertThat(Limits.MAX_ROOM_METADATA_BYTES).isEqualTo(LIMIT);
    }

    @Test
    void asciiMetadataOf64KibIsAcceptedAndOneByteMoreRefused() {
        assertThat(withMetadata("m".repeat(LIMIT)).metadata()).hasSize(LIMIT);
        assertTooLarge(() -> withMetadata("m".repeat(LIMIT + 1)));
    }

    @Test
    void threeByteCharactersAreCountedInBytesAtTheBoundary() {
        String exactly = EURO.repeat(21845) + "a"; // 65535 + 1 bytes
        String over = EURO.repeat(21846); // 65538 bytes, only 21846 characters

        assertThat(exactly.getBytes(StandardCharsets.UTF_8)).hasSize(LIMIT);
        assertThat(withMetadata(exactly).metadata()).isEqualTo(exactly);
        assertTooLarge(() -> withMetadata(over));
        assertTooLarge(() -> withMetadata(EURO.repeat(21845) + "\u00e9")); // 65535 + 2 bytes
    }

    @Test
    void fourByteCharactersAreCountedInBytesAtTheBoundary() {
        String exactly = EMOJI.repeat(LIMIT / 4);

        assertThat(withMetadata(exactly).metadata()).hasSize(LIMIT / 2);
        assertTooLarge(() -> withMetadata(exactly + "a"));
    }

    @Test
    void withMetadataEnforcesTheLimit() {
        Room room = Rooms.created().activate(T0);

        assertThat(room.withMetadata(EURO.repeat(21845) + "a").metadata()).hasSize(21846);
        assertTooLarge(() -> room.withMetadata(EURO.repeat(21846)));
    }

    @Test
    void withMetadataReplacesTheMetadataOnly() {
        Room room = Rooms.created().activate(T0.plusSeconds(3));
        Room changed = room.withMetadata("{\"topic\":\"x\"}");

        assertThat(changed.metadata()).isEqualTo("{\"topic\":\"x\"}");
        assertThat(changed.state()).isEqualTo(room.state());
        assertThat(changed.lastActivityAt()).isEqualTo(room.lastActivityAt());
    }

    @Test
    void absentMetadataIsEmpty() {
        assertThat(withMetadata(null).metadata()).isEmpty();
        assertThat(Rooms.created().withMetadata(null).metadata()).isEmpty();
    }
}
