package dev.parley.adapter.media.srtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * RFC 6188 §7.2: the AES_256_CM_PRF key derivation, which RFC 7714 §11 prescribes for
 * AEAD_AES_256_GCM.
 */
class Rfc6188Section7Test {

    private static final byte[] MASTER_KEY =
            Hex.bytes("f0f04914b513f2763a1b1fa130f10e29" + "98f6f6e43e4309d1e622a0e332b9f1b6");
    private static final byte[] MASTER_SALT = Hex.bytes("3b04803de51ee7c96423ab5b78d2");

    @Test
    void aes256PrfDerivesTheCipherKey() {
        assertThat(Hex.of(SessionKeys.prf(MASTER_KEY, MASTER_SALT, 0, 32), 0, 32))
                .isEqualTo("5ba1064e30ec51613cad926c5a28ef73" + "1ec7fb397f70a960653caf06554cd8c4");
    }

    @Test
    void aes256PrfDerivesTheSalt() {
        assertThat(Hex.of(SessionKeys.prf(MASTER_KEY, MASTER_SALT, 2, 14), 0, 14))
                .isEqualTo("fa31791685ca444a9e07c6c64e93");
    }

    @Test
    void aes256PrfDerivesTheAuthenticationKey() {
        assertThat(Hex.of(SessionKeys.prf(MASTER_KEY, MASTER_SALT, 1, 20), 0, 20))
                .isEqualTo("fd9c32d39ed5fbb5a9dc96b30818454d1313dc05");
    }
}
