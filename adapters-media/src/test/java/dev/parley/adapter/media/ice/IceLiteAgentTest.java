package dev.parley.adapter.media.ice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.media.stun.StunErrorCode;
import dev.parley.adapter.media.stun.StunMessage;
import dev.parley.adapter.media.stun.StunMessageType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The ICE-lite agent's rules (RFC 8445 §7.3, RFC 8489 §9.1.3, RFC 7675), on encoded datagrams without a socket. */
class IceLiteAgentTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final IceLiteAgent agent = new IceLiteAgent(new SecureRandom(), clock::get);
    private final List<String> events = new ArrayList<>();
    private final IceSession session = agent.createSession((s, from, first) -> events.add(from + (first ? " first" : "")));
    private final InetSocketAddress peer = address("192.0.2.7", 50000);
    private final byte[] out = new byte[512];

    private static InetSocketAddress address(String ip, int port) {
        try {
            return new InetSocketAddress(InetAddress.getByName(ip), port);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int process(byte[] request, InetSocketAddress from) {
        return agent.process(request, 0, request.length, from, out, 0);
    }

    private StunMessage response(int len) throws Exception {
        return StunMessage.parse(out, 0, len);
    }

    @Test
    void bindingRequestIsAnsweredWithSignedSuccessCarryingTheSourceAddress() throws Exception {
        BindingRequest request = BindingRequest.to(session.localCredentials(), "peer");
        int len = process(request.encode(), peer);

        assertThat(len).isPositive();
        StunMessage response = response(len);
        assertThat(response.type()).isEqualTo(StunMessageType.BINDING_SUCCESS);
        assertThat(response.transactionId()).isEqualTo(request.transactionId());
        assertThat(response.xorMappedAddress()).isEqualTo(peer);
        assertThat(response.verifyMessageIntegrity(session.localCredentials().integrityKey())).isTrue();
        assertThat(response.verifyFingerprint()).isTrue();
        assertThat(session.selectedAddress()).isEqualTo(peer);
        assertThat(events).containsExactly(peer + " first");
        assertThat(agent.answered()).isEqualTo(1);
    }

    @Test
    void bindingRequestWithWrongIntegrityIsDropped() {
        byte[] request = BindingRequest.to(session.localCredentials(), "peer").signedWith("AAAAAAAAAAAAAAAAAAAAAAAA").encode();
        assertThat(process(request, peer)).isZero();
        assertThat(agent.dropped(IceDropReason.BAD_INTEGRITY)).isEqualTo(1);
        assertThat(session.selectedAddress()).isNull();
        assertThat(events).isEmpty();
    }

    @Test
    void bindingRequestWithBadFingerprintIsDropped() {
        byte[] request = BindingRequest.to(session.localCredentials(), "peer").encode();
        request[request.length - 1] ^= 1;
        assertThat(process(request, peer)).isZero();
        assertThat(agent.dropped(IceDropReason.BAD_FINGERPRINT)).isEqualTo(1);
        assertThat(session.selectedAddress()).isNull();
    }

    @Test
    void bindingRequestWithoutFingerprintIsDropped() {
        byte[] request = BindingRequest.to(session.localCredentials(), "peer").withoutFingerprint().encode();
        assertThat(process(request, peer)).isZero();
        assertThat(agent.dropped(IceDropReason.MISSING_FINGERPRINT)).isEqualTo(1);
    }

    @Test
    void bindingRequestWithoutMessageIntegrityIsDropped() {
        byte[] request = BindingRequest.to(session.localCredentials(), "peer").withoutIntegrity().encode();
        assertThat(process(request, peer)).isZero();
        assertThat(agent.dropped(IceDropReason.MISSING_CREDENTIALS)).isEqualTo(1);
    }

    @Test
    void bindingRequestForUnknownUfragIsDropped() {
        byte[] request = BindingRequest.to(session.localCredentials(), "peer").username("nobody:peer").encode();
        assertThat(process(request, peer)).isZero();
        byte[] noColon = BindingRequest.to(session.localCredentials(), "peer").username(session.localCredentials().ufrag()).encode();
        assertThat(process(noColon, peer)).isZero();
        assertThat(agent.dropped(IceDropReason.UNKNOWN_UFRAG)).isEqualTo(2);
    }

    @Test
    void bindingRequestWithAnotherRemoteUfragIsDroppedOnceThePeerSdpIsKnown() {
        session.setRemoteUfrag("peer");
        assertThat(process(BindingRequest.to(session.localCredentials(), "intruder").encode(), peer)).isZero();
        assertThat(agent.dropped(IceDropReason.REMOTE_UFRAG_MISMATCH)).isEqualTo(1);
        assertThat(process(BindingRequest.to(session.localCredentials(), "peer").encode(), peer)).isPositive();
    }

    @Test
    void responsesAndIndicationsAreNeverAnswered() {
        for (int type : new int[] {StunMessageType.BINDING_INDICATION, StunMessageType.BINDING_SUCCESS, StunMessageType.BINDING_ERROR, 0x0003}) {
            assertThat(process(BindingRequest.to(session.localCredentials(), "peer").type(type).encode(), peer)).isZero();
        }
        assertThat(agent.dropped(IceDropReason.NOT_A_BINDING_REQUEST)).isEqualTo(4);
        assertThat(session.selectedAddress()).isNull();
    }

    @Test
    void malformedStunIsDroppedAndCounted() {
        byte[] request = BindingRequest.to(session.localCredentials(), "peer").encode();
        assertThat(agent.process(request, 0, request.length - 4, peer, out, 0)).isZero();
        assertThat(agent.dropped(IceDropReason.MALFORMED)).isEqualTo(1);
    }

    @Test
    void peerClaimingTheControlledRoleGetsASignedRoleConflict() throws Exception {
        int len = process(BindingRequest.to(session.localCredentials(), "peer").controlled().encode(), peer);
        StunMessage response = response(len);
        assertThat(response.type()).isEqualTo(StunMessageType.BINDING_ERROR);
        assertThat(response.errorCode().code()).isEqualTo(StunErrorCode.ROLE_CONFLICT.code());
        assertThat(response.verifyMessageIntegrity(session.localCredentials().integrityKey())).isTrue();
        assertThat(session.selectedAddress()).isNull();
    }

    @Test
    void unknownComprehensionRequiredAttributeGetsASigned420() throws Exception {
        int len = process(BindingRequest.to(session.localCredentials(), "peer").withAttribute(0x7ABC).encode(), peer);
        StunMessage response = response(len);
        assertThat(response.errorCode().code()).isEqualTo(420);
        assertThat(response.verifyMessageIntegrity(session.localCredentials().integrityKey())).isTrue();
        assertThat(session.selectedAddress()).isNull();
    }

    @Test
    void unknownComprehensionOptionalAttributeIsIgnored() {
        assertThat(process(BindingRequest.to(session.localCredentials(), "peer").withAttribute(0xC057).encode(), peer)).isPositive();
        assertThat(session.selectedAddress()).isEqualTo(peer);
    }

    @Test
    void sha256OnlyRequestIsVerifiedAndAnsweredWithSha256() throws Exception {
        int len = process(BindingRequest.to(session.localCredentials(), "peer").withSha256IntegrityOnly().encode(), peer);
        StunMessage response = response(len);
        assertThat(response.hasMessageIntegrity()).isFalse();
        assertThat(response.verifyMessageIntegritySha256(session.localCredentials().integrityKey())).isTrue();
        byte[] forged = BindingRequest.to(session.localCredentials(), "peer").withSha256IntegrityOnly()
                .signedWith("BBBBBBBBBBBBBBBBBBBBBBBB").encode();
        assertThat(process(forged, peer)).isZero();
    }

    @Test
    void beforeNominationTheLatestValidAddressIsSelected() {
        InetSocketAddress other = address("198.51.100.9", 40000);
        process(BindingRequest.to(session.localCredentials(), "peer").encode(), peer);
        process(BindingRequest.to(session.localCredentials(), "peer").encode(), other);
        assertThat(session.selectedAddress()).isEqualTo(other);
        assertThat(session.isNominated()).isFalse();
        assertThat(session.validAddresses()).containsExactly(peer, other);
    }

    @Test
    void useCandidateNominatesTheAddressAndLaterPlainChecksDoNotMoveIt() {
        InetSocketAddress other = address("198.51.100.9", 40000);
        process(BindingRequest.to(session.localCredentials(), "peer").nominate().encode(), peer);
        process(BindingRequest.to(session.localCredentials(), "peer").encode(), other);
        assertThat(session.selectedAddress()).isEqualTo(peer);
        assertThat(session.isNominated()).isTrue();
        process(BindingRequest.to(session.localCredentials(), "peer").nominate().encode(), other);
        assertThat(session.selectedAddress()).isEqualTo(other);
    }

    @Test
    void remoteAddressesPerSessionAreBounded() {
        for (int port = 1; port <= IceLiteAgent.MAX_VALID_ADDRESSES; port++) {
            assertThat(process(BindingRequest.to(session.localCredentials(), "peer").encode(), address("192.0.2.1", port))).isPositive();
        }
        assertThat(process(BindingRequest.to(session.localCredentials(), "peer").encode(), address("192.0.2.1", 999))).isZero();
        assertThat(agent.dropped(IceDropReason.TOO_MANY_ADDRESSES)).isEqualTo(1);
        assertThat(process(BindingRequest.to(session.localCredentials(), "peer").encode(), address("192.0.2.1", 1))).isPositive();
    }

    @Test
    void consentExpiresForASilentSessionAndNotForOneThatKeepsChecking() {
        IceSession talking = agent.createSession((s, from, first) -> { });
        clock.addAndGet(Duration.ofSeconds(20).toNanos());
        process(BindingRequest.to(talking.localCredentials(), "peer").encode(), peer);
        clock.addAndGet(Duration.ofSeconds(15).toNanos());

        assertThat(agent.expireSilent(Duration.ofSeconds(30))).containsExactly(session);
        assertThat(agent.session(session.localCredentials().ufrag())).isNull();
        assertThat(agent.session(talking.localCredentials().ufrag())).isSameAs(talking);
        assertThat(process(BindingRequest.to(session.localCredentials(), "peer").encode(), peer)).isZero();
        assertThat(agent.dropped(IceDropReason.UNKNOWN_UFRAG)).isEqualTo(1);
    }

    @Test
    void removedSessionIsNoLongerAnswered() {
        agent.remove(session);
        assertThat(process(BindingRequest.to(session.localCredentials(), "peer").encode(), peer)).isZero();
        assertThat(agent.sessionCount()).isZero();
    }

    @Test
    void generatedCredentialsMeetTheRfcMinimumsAndDoNotRepeat() {
        Set<String> ufrags = new HashSet<>();
        Set<String> pwds = new HashSet<>();
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 1000; i++) {
            IceCredentials c = IceCredentials.generate(random);
            assertThat(c.ufrag()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(c.pwd()).hasSizeGreaterThanOrEqualTo(22);
            assertThat(IceCredentials.isIceChars(c.pwd())).isTrue();
            ufrags.add(c.ufrag());
            pwds.add(c.pwd());
        }
        assertThat(ufrags).hasSize(1000);
        assertThat(pwds).hasSize(1000);
        assertThat(IceCredentials.GENERATED_PWD_LENGTH * 6).isGreaterThanOrEqualTo(128);
    }

    @Test
    void credentialsNeverShowThePasswordInToString() {
        IceCredentials c = IceCredentials.generate(new SecureRandom());
        assertThat(c.toString()).contains(c.ufrag()).doesNotContain(c.pwd());
    }

    @Test
    void credentialsOutsideTheSdpGrammarAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new IceCredentials("abc", "0123456789012345678901"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new IceCredentials("abcd", "short-password"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("short-password");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new IceCredentials("ab:d", "0123456789012345678901"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
