package dev.parley.application.roomkey.derivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** The client contract end to end: two clients that only share what Parley delivered (or a passphrase) interoperate. */
class KeyDerivationTest {

    private static final String SID = "RM_hJ4kfXw2TqPz";

    @Test
    void mediaKeyIsWhatLiveKitDerivesWhenHandedTheSecretAsAString() {
        ClientSecret secret = ClientSecret.ofRoomKey(E2eeTestVectors.bytes("epoch 0", 32));

        assertThat(KeyDerivation.mediaFrameKey(secret))
                .isEqualTo(LiveKitFrameKeys.frameKey(FrameKeyMaterial.fromString(secret.text())));
        assertThat(KeyDerivation.mediaFrameKey(secret).bits()).isEqualTo(128);
    }

    @Test
    void mediaAndChatKeysOfOneSecretAreUnrelatedBecauseTheirSaltsDiffer() {
        ClientSecret secret = ClientSecret.ofRoomKey(E2eeTestVectors.bytes("epoch 0", 32));

        byte[] media = KeyDerivation.mediaFrameKey(secret).bytes();
        byte[] chat = KeyDerivation.chatKey(secret, SID).bytes();

        assertThat(chat).hasSize(32);
        assertThat(java.util.Arrays.copyOf(chat, 16)).isNotEqualTo(media);
    }

    @Test
    void twoParticipantsGivenTheSameDeliveredKeyReadEachOthersChat() {
        String delivered = ClientSecret.ofRoomKey(E2eeTestVectors.bytes("epoch 0", 32)).text();
        ChatCipher alice = KeyDerivation.chatCipher(ClientSecret.ofDeliveredRoomKey(delivered), SID, new SecureRandom());
        ChatCipher bob = KeyDerivation.chatCipher(ClientSecret.ofDeliveredRoomKey(delivered), SID, new SecureRandom());

        assertThat(bob.decryptText(alice.encryptText("hi Bob"))).isEqualTo("hi Bob");
    }

    @Test
    void aParticipantHoldingOnlyThePreviousEpochCannotReadMessagesOfTheNewOne() {
        ClientSecret epoch0 = ClientSecret.ofRoomKey(E2eeTestVectors.bytes("epoch 0", 32));
        ClientSecret epoch1 = ClientSecret.ofRoomKey(E2eeTestVectors.bytes("epoch 1", 32));
        ChatCipher remaining = KeyDerivation.chatCipher(epoch1, SID, new SecureRandom());
        ChatCipher removed = KeyDerivation.chatCipher(epoch0, SID, new SecureRandom());

        String afterRotation = remaining.encryptText("after the removal");

        assertThatThrownBy(() -> removed.decryptText(afterRotation)).isInstanceOf(ChatMessageRejectedException.class);
        assertThat(KeyDerivation.mediaFrameKey(epoch1)).isNotEqualTo(KeyDerivation.mediaFrameKey(epoch0));
    }

    @Test
    void participantsTypingTheSamePassphraseDifferentlyComposedInteroperate() {
        ChatCipher mac = KeyDerivation.chatCipher(ClientSecret.ofPassphrase("Cafe\u0301 au lait"), SID, new SecureRandom());
        ChatCipher windows = KeyDerivation.chatCipher(ClientSecret.ofPassphrase("Caf\u00e9 au lait"), SID, new SecureRandom());

        assertThat(windows.decryptText(mac.encryptText("bonjour"))).isEqualTo("bonjour");
    }
}
