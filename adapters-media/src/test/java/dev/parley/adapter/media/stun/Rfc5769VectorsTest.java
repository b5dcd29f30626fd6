package dev.parley.adapter.media.stun;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * RFC 5769 test vectors (§2.1 request, §2.2 IPv4 response, §2.3 IPv6 response), the bytes taken
 * from the RFC text: the parser decodes them, MESSAGE-INTEGRITY (RFC 8489 §14.5) and FINGERPRINT
 * (§14.7) verify, and the values our encoder computes equal the RFC's bytes.
 */
class Rfc5769VectorsTest {

    @Test
    void sampleRequestDecodesUsernamePriorityAndIceControlled() throws Exception {
        byte[] m = StunVectors.request();
        StunMessage msg = StunMessage.parse(m, 0, m.length);

        assertThat(msg.type()).isEqualTo(StunMessageType.BINDING_REQUEST);
        assertThat(msg.messageClass()).isEqualTo(StunMessageType.CLASS_REQUEST);
        assertThat(msg.method()).isEqualTo(StunMessageType.METHOD_BINDING);
        assertThat(msg.username()).isEqualTo("evtj:h6vY");
        assertThat(msg.priority()).isEqualTo(0x6e0001ffL);
        assertThat(msg.hasIceControlled()).isTrue();
        assertThat(msg.iceControlled()).isEqualTo(0x932ff9b151263b36L);
        assertThat(msg.hasIceControlling()).isFalse();
        assertThat(msg.transactionId()).containsExactly(0xb7, 0xe7, 0xa7, 0x01, 0xbc, 0x34, 0xd6, 0x86, 0xfa, 0x87, 0xdf, 0xae);
        assertThat(msg.hasUnknownComprehensionRequired()).isFalse();
    }

    @Test
    void sampleRequestMessageIntegrityVerifiesWithTheShortTermPassword() throws Exception {
        byte[] m = StunVectors.request();
        assertThat(StunMessage.parse(m, 0, m.length).verifyMessageIntegrity(StunVectors.KEY)).isTrue();
    }

    @Test
    void sampleRequestFingerprintVerifies() throws Exception {
        byte[] m = StunVectors.request();
        assertThat(StunMessage.parse(m, 0, m.length).verifyFingerprint()).isTrue();
    }

    @Test
    void messageIntegrityFailsUnderAnotherPassword() throws Exception {
        byte[] m = StunVectors.request();
        byte[] wrong = "VOkJxbRl1RmTxUk/WvJxBT".getBytes(StandardCharsets.US_ASCII);
        assertThat(StunMessage.parse(m, 0, m.length).verifyMessageIntegrity(wrong)).isFalse();
    }

    @Test
    void messageIntegrityFailsWhenAnyCoveredByteChanges() throws Exception {
        byte[] original = StunVectors.request();
        int integrityAttribute = 20 + 20 + 8 + 12 + 16;
        for (int i = 0; i < integrityAttribute; i++) {
            if (i == 2 || i == 3) {
                continue; // the length field is replaced in the HMAC input, and changing it breaks the parse
            }
            byte[] m = original.clone();
            m[i] ^= 0x01;
            StunMessage msg;
            try {
                msg = StunMessage.parse(m, 0, m.length);
            } catch (StunFormatException expectedForHeaderBytes) {
                continue;
            }
            assertThat(msg.verifyMessageIntegrity(StunVectors.KEY)).as("byte %d flipped", i).isFalse();
        }
    }

    @Test
    void fingerprintFailsWhenAnyCoveredByteChanges() throws Exception {
        byte[] original = StunVectors.request();
        for (int i = 20; i < original.length - 8; i++) {
            byte[] m = original.clone();
            m[i] ^= 0x40;
            StunMessage msg;
            try {
                msg = StunMessage.parse(m, 0, m.length);
            } catch (StunFormatException structuralDamage) {
                continue;
            }
            assertThat(msg.verifyFingerprint()).as("byte %d flipped", i).isFalse();
        }
    }

    @Test
    void ipv4ResponseDecodesXorMappedAddress() throws Exception {
        byte[] m = StunVectors.ipv4Response();
        StunMessage msg = StunMessage.parse(m, 0, m.length);

        assertThat(msg.type()).isEqualTo(StunMessageType.BINDING_SUCCESS);
        assertThat(msg.xorMappedAddress()).isEqualTo(new InetSocketAddress(InetAddress.getByName("192.0.2.1"), 32853));
        assertThat(msg.verifyMessageIntegrity(StunVectors.KEY)).isTrue();
        assertThat(msg.verifyFingerprint()).isTrue();
    }

    @Test
    void ipv6ResponseDecodesXorMappedAddress() throws Exception {
        byte[] m = StunVectors.ipv6Response();
        StunMessage msg = StunMessage.parse(m, 0, m.length);

        assertThat(msg.xorMappedAddress())
                .isEqualTo(new InetSocketAddress(InetAddress.getByName("2001:db8:1234:5678:11:2233:4455:6677"), 32853));
        assertThat(msg.verifyMessageIntegrity(StunVectors.KEY)).isTrue();
        assertThat(msg.verifyFingerprint()).isTrue();
    }

    @Test
    void integrityWeComputeEqualsTheRfcBytesForAllThreeVectors() {
        for (byte[] m : new byte[][] {StunVectors.request(), StunVectors.ipv4Response(), StunVectors.ipv6Response()}) {
            int integrityAttribute = m.length - 8 - 24;
            byte[] hmac = new byte[20];
            StunIntegrity.computeSha1(StunVectors.KEY, m, 0, integrityAttribute, hmac, 0);
            assertThat(hmac).isEqualTo(Arrays.copyOfRange(m, integrityAttribute + 4, integrityAttribute + 24));
        }
    }

    @Test
    void fingerprintWeComputeEqualsTheRfcBytesForAllThreeVectors() {
        for (byte[] m : new byte[][] {StunVectors.request(), StunVectors.ipv4Response(), StunVectors.ipv6Response()}) {
            int fingerprintAttribute = m.length - 8;
            int expected = StunMessage.readInt(m, fingerprintAttribute + 4);
            assertThat(StunFingerprint.compute(m, 0, fingerprintAttribute)).isEqualTo(expected);
        }
    }

    @Test
    void xorMappedAddressWeEncodeEqualsTheRfcBytes() throws Exception {
        byte[] v4 = StunVectors.ipv4Response();
        byte[] v6 = StunVectors.ipv6Response();
        assertThat(encodeXorMapped(v4, new InetSocketAddress(InetAddress.getByName("192.0.2.1"), 32853)))
                .isEqualTo(Arrays.copyOfRange(v4, 36, 48));
        assertThat(encodeXorMapped(v6, new InetSocketAddress(InetAddress.getByName("2001:db8:1234:5678:11:2233:4455:6677"), 32853)))
                .isEqualTo(Arrays.copyOfRange(v6, 36, 60));
    }

    @Test
    void responseWeWriteForTheVectorInputsVerifiesAndDiffersOnlyByPadding() throws Exception {
        // Same inputs as §2.2; we pad with zeros (RFC 8489 §14), the RFC with spaces, so the bytes of the
        // SOFTWARE padding, the HMAC and the CRC differ, and everything else is identical.
        byte[] rfc = StunVectors.ipv4Response();
        byte[] out = new byte[128];
        int len = new StunWriter(out, 0)
                .begin(StunMessageType.BINDING_SUCCESS, rfc, 8)
                .software("test vector")
                .xorMappedAddress(new InetSocketAddress(InetAddress.getByName("192.0.2.1"), 32853))
                .messageIntegrity(StunVectors.KEY)
                .fingerprint()
                .length();

        assertThat(len).isEqualTo(rfc.length);
        assertThat(Arrays.copyOfRange(out, 0, 35)).isEqualTo(Arrays.copyOfRange(rfc, 0, 35));
        assertThat(out[35]).isZero();
        assertThat(Arrays.copyOfRange(out, 36, 52)).isEqualTo(Arrays.copyOfRange(rfc, 36, 52));
        StunMessage ours = StunMessage.parse(out, 0, len);
        assertThat(ours.verifyMessageIntegrity(StunVectors.KEY)).isTrue();
        assertThat(ours.verifyFingerprint()).isTrue();
        assertThat(ours.xorMappedAddress()).isEqualTo(StunMessage.parse(rfc, 0, rfc.length).xorMappedAddress());
    }

    private static byte[] encodeXorMapped(byte[] vector, InetSocketAddress address) {
        byte[] out = new byte[64];
        int len = new StunWriter(out, 0).begin(StunMessageType.BINDING_SUCCESS, vector, 8).xorMappedAddress(address).length();
        return Arrays.copyOfRange(out, 20, len);
    }
}
