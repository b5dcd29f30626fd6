package dev.parley.adapter.media.srtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * RFC 3711 Appendix B: the AES-CM keystream (B.2) and the key derivation (B.3), and libsrtp's
 * self-validation packet for AES_CM_128_HMAC_SHA1_80, which runs the KDF, AES-CM and HMAC together.
 */
class Rfc3711AppendixBTest {

    @Test
    void aesCmKeystreamMatchesAppendixB2() {
        // Session key and salt given directly; SSRC 0 and index 0, so the IV is salt * 2^16.
        SessionKeys keys = new SessionKeys(Hex.bytes("2B7E151628AED2A6ABF7158809CF4F3C"),
                Hex.bytes("F0F1F2F3F4F5F6F7F8F9FAFBFCFD"), new byte[20]);
        SrtpContext sender = SrtpContext.withSessionKeys(SrtpProfile.AES128_CM_HMAC_SHA1_80, true, keys, keys);
        byte[] packet = new byte[12 + 48 + 10];
        packet[0] = (byte) 0x80;

        int len = sender.protectRtp(packet, 0, 60);

        assertThat(len).isEqualTo(70);
        assertThat(Hex.of(packet, 12, 48)).isEqualToIgnoringCase(
                "E03EAD0935C95E80E166B16DD92B4EB4" + "D23513162B02D0F72A43A2FE4A5F97AB"
                        + "41E95B3BB0A2E8DD477901E4FCA894C0");
    }

    @Test
    void keyDerivationMatchesAppendixB3() {
        byte[] masterKey = Hex.bytes("E1F97A0D3E018BE0D64FA32C06DE4139");
        byte[] masterSalt = Hex.bytes("0EC675AD498AFEEBB6960B3AABE6");

        assertThat(Hex.of(SessionKeys.prf(masterKey, masterSalt, 0, 16), 0, 16))
                .isEqualToIgnoringCase("C61E7A93744F39EE10734AFE3FF7A087");
        assertThat(Hex.of(SessionKeys.prf(masterKey, masterSalt, 2, 14), 0, 14))
                .isEqualToIgnoringCase("30CBBC08863D8C85D49DB34A9AE1");
        // B.3 lists the authentication keystream well past the 20 bytes HMAC-SHA1 uses.
        assertThat(Hex.of(SessionKeys.prf(masterKey, masterSalt, 1, 94), 0, 94)).isEqualToIgnoringCase(
                "CEBE321F6FF7716B6FD4AB49AF256A156D38BAA48F0A0ACF3C34E2359E6CDBCE"
                        + "E049646C43D9327AD175578EF72270986371C10C9A369AC2F94A8C5FBCDDDC25"
                        + "6D6E919A48B610EF17C2041E474035766B68642C59BBFC2F34DB60DBDFB2");
    }

    @Test
    void derivedSessionKeysAreTheB3Values() {
        SessionKeys keys = SessionKeys.derive(SrtpProfile.AES128_CM_HMAC_SHA1_80,
                Hex.bytes("E1F97A0D3E018BE0D64FA32C06DE4139"), Hex.bytes("0EC675AD498AFEEBB6960B3AABE6"), false);

        assertThat(Hex.of(keys.encryptionKey, 0, 16)).isEqualToIgnoringCase("C61E7A93744F39EE10734AFE3FF7A087");
        assertThat(Hex.of(keys.salt, 0, 14)).isEqualToIgnoringCase("30CBBC08863D8C85D49DB34A9AE1");
        assertThat(Hex.of(keys.authenticationKey, 0, 20))
                .isEqualToIgnoringCase("CEBE321F6FF7716B6FD4AB49AF256A156D38BAA4");
    }

    @Test
    void protectsLibsrtpValidationPacketUnderTheB3MasterKey() {
        // libsrtp's srtp_validate(): the same master key and salt, SSRC 0xcafebabe, seq 0x1234.
        byte[] key = Hex.bytes("E1F97A0D3E018BE0D64FA32C06DE4139");
        byte[] salt = Hex.bytes("0EC675AD498AFEEBB6960B3AABE6");
        String plain = "800f1234decafbadcafebabe" + "ab".repeat(16);
        String expected = "800f1234decafbadcafebabe4e55dc4ce79978d88ca4d215949d2402b78d6acc99ea179b8dbb";
        byte[] buf = Hex.buffer(plain, 10);

        int len = SrtpContext.forSending(SrtpProfile.AES128_CM_HMAC_SHA1_80, key, salt).protectRtp(buf, 0, 28);

        assertThat(Hex.of(buf, 0, len)).isEqualTo(expected);
        int back = SrtpContext.forReceiving(SrtpProfile.AES128_CM_HMAC_SHA1_80, key, salt).unprotectRtp(buf, 0, len);
        assertThat(Hex.of(buf, 0, back)).isEqualTo(plain);
    }
}
