package dev.parley.adapter.media.srtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** RFC 5764 §4.2 key split and the profile table (RFC 5764 §4.1.2, RFC 7714 §14.2). */
class SrtpKeyMaterialTest {

    /** Exporter output whose every byte says which field it belongs to. */
    private static byte[] labelled(SrtpProfile p) {
        int k = p.masterKeyLength();
        int s = p.masterSaltLength();
        byte[] out = new byte[p.keyingMaterialLength()];
        Arrays.fill(out, 0, k, (byte) 0xC1);
        Arrays.fill(out, k, 2 * k, (byte) 0x51);
        Arrays.fill(out, 2 * k, 2 * k + s, (byte) 0xC5);
        Arrays.fill(out, 2 * k + s, out.length, (byte) 0x55);
        return out;
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void splitsExporterOutputAsClientKeyServerKeyClientSaltServerSalt(SrtpProfile profile) {
        SrtpKeyMaterial server = SrtpKeyMaterial.fromDtlsExport(profile, labelled(profile), true);
        assertThat(server.localMasterKey()).hasSize(profile.masterKeyLength()).containsOnly(0x51);
        assertThat(server.localMasterSalt()).hasSize(profile.masterSaltLength()).containsOnly(0x55);
        assertThat(server.remoteMasterKey()).containsOnly(0xC1);
        assertThat(server.remoteMasterSalt()).containsOnly(0xC5);

        SrtpKeyMaterial client = SrtpKeyMaterial.fromDtlsExport(profile, labelled(profile), false);
        assertThat(client.localMasterKey()).containsOnly(0xC1);
        assertThat(client.localMasterSalt()).containsOnly(0xC5);
        assertThat(client.remoteMasterKey()).containsOnly(0x51);
        assertThat(client.remoteMasterSalt()).containsOnly(0x55);
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void serverAndClientContextsInteroperate(SrtpProfile profile) {
        byte[] exported = new byte[profile.keyingMaterialLength()];
        new java.security.SecureRandom().nextBytes(exported);
        SrtpKeyMaterial server = SrtpKeyMaterial.fromDtlsExport(profile, exported, true);
        SrtpKeyMaterial client = SrtpKeyMaterial.fromDtlsExport(profile, exported, false);

        byte[] buf = Packets.rtp(7, 1, 50, 1);
        byte[] plain = Arrays.copyOf(buf, Packets.rtpLength(50));
        int len = server.newSendingContext().protectRtp(buf, 0, Packets.rtpLength(50));
        assertThat(client.newReceivingContext().unprotectRtp(buf, 0, len)).isEqualTo(plain.length);
        assertThat(Arrays.copyOf(buf, plain.length)).isEqualTo(plain);

        len = client.newSendingContext().protectRtp(buf, 0, plain.length);
        assertThat(server.newReceivingContext().unprotectRtp(buf, 0, len)).isEqualTo(plain.length);
        len = client.newSendingContext().protectRtp(buf, 0, plain.length);
        assertThat(client.newReceivingContext().unprotectRtp(buf, 0, len))
                .as("a side cannot read its own direction with the peer's keys").isEqualTo(SrtpError.AUTH_FAILED);
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void rejectsExporterOutputOfTheWrongLength(SrtpProfile profile) {
        assertThatThrownBy(() -> SrtpKeyMaterial.fromDtlsExport(profile, new byte[profile.keyingMaterialLength() - 1], true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SrtpKeyMaterial.fromDtlsExport(profile, new byte[profile.keyingMaterialLength() + 1], true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverShowsKeysInToStringAndWipesOnDestroy() {
        SrtpKeyMaterial material = SrtpKeyMaterial.fromDtlsExport(SrtpProfile.AEAD_AES_128_GCM,
                labelled(SrtpProfile.AEAD_AES_128_GCM), true);
        assertThat(material.toString()).doesNotContainIgnoringCase("51").doesNotContainIgnoringCase("c1")
                .contains("AEAD_AES_128_GCM");
        material.destroy();
        assertThat(material.localMasterKey()).containsOnly(0);
        assertThat(material.remoteMasterSalt()).containsOnly(0);
    }

    @Test
    void profilesCarryTheirDtlsSrtpIdentifiersAndLengths() {
        assertThat(SrtpProfile.fromProfileId(0x0001)).contains(SrtpProfile.AES128_CM_HMAC_SHA1_80);
        assertThat(SrtpProfile.fromProfileId(0x0007)).contains(SrtpProfile.AEAD_AES_128_GCM);
        assertThat(SrtpProfile.fromProfileId(0x0008)).contains(SrtpProfile.AEAD_AES_256_GCM);
        assertThat(SrtpProfile.fromProfileId(0x0002)).as("HMAC_SHA1_32 is not implemented").isEmpty();
        assertThat(SrtpProfile.AES128_CM_HMAC_SHA1_80.keyingMaterialLength()).isEqualTo(60);
        assertThat(SrtpProfile.AEAD_AES_128_GCM.keyingMaterialLength()).isEqualTo(56);
        assertThat(SrtpProfile.AEAD_AES_256_GCM.keyingMaterialLength()).isEqualTo(88);
        assertThat(SrtpProfile.AES128_CM_HMAC_SHA1_80.rtpOverhead()).isEqualTo(10);
        assertThat(SrtpProfile.AES128_CM_HMAC_SHA1_80.rtcpOverhead()).isEqualTo(14);
        assertThat(SrtpProfile.AEAD_AES_128_GCM.rtpOverhead()).isEqualTo(16);
        assertThat(SrtpProfile.AEAD_AES_128_GCM.rtcpOverhead()).isEqualTo(20);
    }
}
