package dev.parley.adapter.media.stun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The structural rules of RFC 8489 §5 and §14, each checked by a test named after it. */
class StunParserTest {

    private static final byte[] TXID = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    private static final byte[] KEY = "0123456789abcdefghijklmn".getBytes(StandardCharsets.US_ASCII);

    private static byte[] request(StunWriterStep extra) {
        byte[] out = new byte[1024];
        StunWriter w = new StunWriter(out, 0).begin(StunMessageType.BINDING_REQUEST, TXID, 0).username("abcd:efgh");
        extra.apply(w);
        return Arrays.copyOf(out, w.length());
    }

    private interface StunWriterStep {
        void apply(StunWriter w);
    }

    private static StunMessage parse(byte[] m) throws StunFormatException {
        return StunMessage.parse(m, 0, m.length);
    }

    @Test
    void rejectsDatagramShorterThanTheHeader() {
        byte[] m = Arrays.copyOf(request(w -> { }), 19);
        assertThatThrownBy(() -> parse(m)).isInstanceOf(StunFormatException.class).hasMessageContaining("§5");
    }

    @Test
    void rejectsNonZeroLeadingBits() {
        byte[] m = request(w -> { });
        m[0] |= (byte) 0x80;
        assertThatThrownBy(() -> parse(m)).isInstanceOf(StunFormatException.class).hasMessageContaining("two most significant bits");
    }

    @Test
    void rejectsMessageWithoutMagicCookie() {
        byte[] m = request(w -> { });
        m[4] = 0;
        assertThatThrownBy(() -> parse(m)).isInstanceOf(StunFormatException.class).hasMessageContaining("magic cookie");
    }

    @Test
    void rejectsLengthThatIsNotAMultipleOfFour() {
        byte[] m = request(w -> { });
        m[3] += 1;
        byte[] longer = Arrays.copyOf(m, m.length + 1);
        assertThatThrownBy(() -> parse(longer)).isInstanceOf(StunFormatException.class).hasMessageContaining("multiple of 4");
    }

    @Test
    void rejectsLengthThatDoesNotMatchTheDatagram() {
        byte[] m = request(w -> { });
        byte[] withTrailingBytes = Arrays.copyOf(m, m.length + 4);
        assertThatThrownBy(() -> parse(withTrailingBytes)).isInstanceOf(StunFormatException.class).hasMessageContaining("does not match");
        byte[] truncated = Arrays.copyOf(m, m.length - 4);
        assertThatThrownBy(() -> parse(truncated)).isInstanceOf(StunFormatException.class).hasMessageContaining("does not match");
    }

    @Test
    void rejectsAttributeOverrunningTheMessage() {
        byte[] m = request(w -> { });
        m[20 + 3] = 100; // USERNAME claims 100 bytes
        assertThatThrownBy(() -> parse(m)).isInstanceOf(StunFormatException.class).hasMessageContaining("overruns");
    }

    @Test
    void rejectsAttributeAfterFingerprint() {
        byte[] m = request(w -> w.fingerprint().priority(1));
        assertThatThrownBy(() -> parse(m)).isInstanceOf(StunFormatException.class).hasMessageContaining("after FINGERPRINT");
    }

    @Test
    void rejectsFingerprintThatIsNotFourBytes() {
        byte[] m = request(w -> w.attribute(StunAttribute.FINGERPRINT, new byte[8], 0, 8));
        assertThatThrownBy(() -> parse(m)).isInstanceOf(StunFormatException.class).hasMessageContaining("§14.7");
    }

    @Test
    void rejectsMessageIntegrityThatIsNotTwentyBytes() {
        byte[] m = request(w -> w.attribute(StunAttribute.MESSAGE_INTEGRITY, new byte[16], 0, 16));
        assertThatThrownBy(() -> parse(m)).isInstanceOf(StunFormatException.class).hasMessageContaining("§14.5");
    }

    @Test
    void rejectsMessageIntegritySha256OfBadLength() {
        byte[] m = request(w -> w.attribute(StunAttribute.MESSAGE_INTEGRITY_SHA256, new byte[18], 0, 18));
        assertThatThrownBy(() -> parse(m)).isInstanceOf(StunFormatException.class).hasMessageContaining("§14.6");
    }

    @Test
    void rejectsUsernameOf509BytesOrMore() {
        byte[] name = new byte[509];
        Arrays.fill(name, (byte) 'a');
        byte[] out = new byte[1024];
        int len = new StunWriter(out, 0).begin(StunMessageType.BINDING_REQUEST, TXID, 0)
                .attribute(StunAttribute.USERNAME, name, 0, name.length).length();
        assertThatThrownBy(() -> StunMessage.parse(out, 0, len)).isInstanceOf(StunFormatException.class).hasMessageContaining("§14.3");
    }

    @Test
    void rejectsXorMappedAddressWithUnknownFamily() {
        byte[] m = request(w -> w.attribute(StunAttribute.XOR_MAPPED_ADDRESS, new byte[] {0, 3, 0, 0, 1, 2, 3, 4}, 0, 8));
        assertThatThrownBy(() -> parse(m)).isInstanceOf(StunFormatException.class).hasMessageContaining("§14.2");
    }

    @Test
    void rejectsErrorCodeOutsideClassesThreeToSix() {
        byte[] m = request(w -> w.attribute(StunAttribute.ERROR_CODE, new byte[] {0, 0, 7, 0}, 0, 4));
        assertThatThrownBy(() -> parse(m)).isInstanceOf(StunFormatException.class).hasMessageContaining("§14.8");
        byte[] n = request(w -> w.attribute(StunAttribute.ERROR_CODE, new byte[] {0, 0, 4, 100}, 0, 4));
        assertThatThrownBy(() -> parse(n)).isInstanceOf(StunFormatException.class).hasMessageContaining("§14.8");
    }

    @Test
    void rejectsPriorityUseCandidateAndIceRoleOfWrongLength() {
        assertThatThrownBy(() -> parse(request(w -> w.attribute(StunAttribute.PRIORITY, new byte[8], 0, 8)))).isInstanceOf(StunFormatException.class);
        assertThatThrownBy(() -> parse(request(w -> w.attribute(StunAttribute.USE_CANDIDATE, new byte[4], 0, 4)))).isInstanceOf(StunFormatException.class);
        assertThatThrownBy(() -> parse(request(w -> w.attribute(StunAttribute.ICE_CONTROLLING, new byte[4], 0, 4)))).isInstanceOf(StunFormatException.class);
        assertThatThrownBy(() -> parse(request(w -> w.attribute(StunAttribute.ICE_CONTROLLED, new byte[12], 0, 12)))).isInstanceOf(StunFormatException.class);
    }

    @Test
    void ignoresAttributesAfterMessageIntegrityExceptSha256AndFingerprint() throws Exception {
        byte[] m = request(w -> w.messageIntegrity(KEY).priority(7).useCandidate().messageIntegritySha256(KEY).fingerprint());
        StunMessage msg = parse(m);
        assertThat(msg.hasPriority()).isFalse();
        assertThat(msg.useCandidate()).isFalse();
        assertThat(msg.verifyMessageIntegrity(KEY)).isTrue();
        assertThat(msg.verifyMessageIntegritySha256(KEY)).isTrue();
        assertThat(msg.verifyFingerprint()).isTrue();
    }

    @Test
    void messageIntegritySha256AloneVerifiesAndFailsUnderAnotherKey() throws Exception {
        byte[] m = request(w -> w.priority(1).messageIntegritySha256(KEY).fingerprint());
        StunMessage msg = parse(m);
        assertThat(msg.hasMessageIntegrity()).isFalse();
        assertThat(msg.verifyMessageIntegritySha256(KEY)).isTrue();
        assertThat(msg.verifyMessageIntegritySha256("another-key-of-some-length".getBytes(StandardCharsets.US_ASCII))).isFalse();
    }

    @Test
    void collectsUnknownComprehensionRequiredAttributesButNotOptionalOnes() throws Exception {
        byte[] m = request(w -> w.attribute(0x7777, new byte[2], 0, 2).attribute(0xC057, new byte[4], 0, 4).attribute(0x0003, new byte[0], 0, 0));
        assertThat(parse(m).unknownComprehensionRequired()).containsExactly(0x7777, 0x0003);
    }

    @Test
    void firstOccurrenceOfARepeatedAttributeWins() throws Exception {
        byte[] m = request(w -> w.priority(5).priority(9).username("zzzz:yyyy"));
        StunMessage msg = parse(m);
        assertThat(msg.priority()).isEqualTo(5);
        assertThat(msg.username()).isEqualTo("abcd:efgh");
    }

    @Test
    void acceptsNonZeroPaddingAsRfc5769Does() throws Exception {
        byte[] m = request(w -> { });
        m[20 + 4 + 9] = 0x20;
        assertThat(parse(m).username()).isEqualTo("abcd:efgh");
    }

    @Test
    void verifyingDoesNotModifyTheBuffer() throws Exception {
        byte[] m = request(w -> w.messageIntegrity(KEY).fingerprint());
        byte[] copy = m.clone();
        StunMessage msg = parse(m);
        assertThat(msg.verifyMessageIntegrity(KEY)).isTrue();
        assertThat(msg.verifyFingerprint()).isTrue();
        assertThat(m).isEqualTo(copy);
    }

    @Test
    void parsesAtAnOffsetInsideALargerBuffer() throws Exception {
        InetSocketAddress v6 = new InetSocketAddress(InetAddress.getByName("::1"), 5000);
        byte[] m = request(w -> w.xorMappedAddress(v6).messageIntegrity(KEY).fingerprint());
        byte[] big = new byte[m.length + 37];
        System.arraycopy(m, 0, big, 17, m.length);
        StunMessage msg = StunMessage.parse(big, 17, m.length);
        assertThat(msg.verifyMessageIntegrity(KEY)).isTrue();
        assertThat(msg.verifyFingerprint()).isTrue();
        assertThat(msg.xorMappedAddress()).isEqualTo(v6);
    }

    @Test
    void errorResponseRoundTrips() throws Exception {
        byte[] out = new byte[256];
        int len = new StunWriter(out, 0).begin(StunMessageType.BINDING_ERROR, TXID, 0)
                .errorCode(StunErrorCode.ROLE_CONFLICT).unknownAttributes(new int[] {0x7777}).fingerprint().length();
        StunMessage msg = StunMessage.parse(out, 0, len);
        assertThat(msg.messageClass()).isEqualTo(StunMessageType.CLASS_ERROR);
        assertThat(msg.errorCode()).isEqualTo(StunErrorCode.ROLE_CONFLICT);
    }

    @Test
    void messageTypeInterleavesMethodAndClassBits() {
        assertThat(StunMessageType.of(StunMessageType.METHOD_BINDING, StunMessageType.CLASS_SUCCESS)).isEqualTo(0x0101);
        assertThat(StunMessageType.of(StunMessageType.METHOD_BINDING, StunMessageType.CLASS_ERROR)).isEqualTo(0x0111);
        assertThat(StunMessageType.of(StunMessageType.METHOD_BINDING, StunMessageType.CLASS_INDICATION)).isEqualTo(0x0011);
        for (int method = 0; method < 0x1000; method += 0x55) {
            for (int cls = 0; cls < 4; cls++) {
                int type = StunMessageType.of(method, cls);
                assertThat(StunMessageType.methodOf(type)).isEqualTo(method);
                assertThat(StunMessageType.classOf(type)).isEqualTo(cls);
            }
        }
    }
}
