package dev.parley.domain.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeyEpochTest {

    @Test
    void keyIndexIsTheEpochModuloLiveKitsKeyRingSize() {
        assertThat(KeyEpoch.first().keyIndex()).isZero();
        assertThat(new KeyEpoch(255).keyIndex()).isEqualTo(255);
        assertThat(new KeyEpoch(255).next().keyIndex()).isZero();
        assertThat(new KeyEpoch(513).keyIndex()).isEqualTo(1);
    }

    @Test
    void epochsAreNeverNegative() {
        assertThatThrownBy(() -> new KeyEpoch(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
