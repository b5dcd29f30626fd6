package dev.parley.adapter.media.srtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rules of {@link SrtpContext}, for every profile: round trips, authentication of every byte,
 * replay protection, rollover, the sender's refusal to reuse an index, and failures that leave no
 * trace in the state.
 */
class SrtpContextTest {

    private static final int SSRC = 0x1234_5678;

    private static final class Pair {
        final SrtpContext sender;
        final SrtpContext receiver;

        Pair(SrtpProfile profile) {
            SecureRandom random = new SecureRandom();
            byte[] key = new byte[profile.masterKeyLength()];
            byte[] salt = new byte[profile.masterSaltLength()];
            random.nextBytes(key);
            random.nextBytes(salt);
            sender = SrtpContext.forSending(profile, key, salt);
            receiver = SrtpContext.forReceiving(profile, key, salt);
        }
    }

    private static byte[] protect(SrtpContext sender, int ssrc, int seq, int payload) {
        byte[] buf = Packets.rtp(ssrc, seq, payload, seq);
        int len = sender.protectRtp(buf, 0, Packets.rtpLength(payload));
        assertThat(len).as("protect seq %d", seq).isEqualTo(Packets.rtpLength(payload) + sender.profile().rtpOverhead());
        return Arrays.copyOf(buf, len);
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void roundTripsRtpWithCsrcsAndHeaderExtension(SrtpProfile profile) {
        Pair pair = new Pair(profile);
        for (int payload : new int[] {0, 1, 15, 16, 17, 160, 1200}) {
            byte[] plain = Packets.rtp(SSRC, payload, payload, 7);
            byte[] buf = plain.clone();
            int len = pair.sender.protectRtp(buf, 0, Packets.rtpLength(payload));
            if (payload > 0) {
                assertThat(Arrays.copyOfRange(buf, 32, 32 + payload))
                        .as("payload is encrypted").isNotEqualTo(Arrays.copyOfRange(plain, 32, 32 + payload));
            }
            assertThat(Arrays.copyOf(buf, 32)).as("header stays clear").isEqualTo(Arrays.copyOf(plain, 32));

            int back = pair.receiver.unprotectRtp(buf, 0, len);

            assertThat(back).isEqualTo(Packets.rtpLength(payload));
            assertThat(Arrays.copyOf(buf, back)).isEqualTo(Arrays.copyOf(plain, back));
        }
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void roundTripsAtAnOffsetInsideALargerBuffer(SrtpProfile profile) {
        Pair pair = new Pair(profile);
        byte[] plain = Packets.rtp(SSRC, 9, 300, 1);
        byte[] buf = new byte[2048];
        System.arraycopy(plain, 0, buf, 100, Packets.rtpLength(300));
        int len = pair.sender.protectRtp(buf, 100, Packets.rtpLength(300));
        int back = pair.receiver.unprotectRtp(buf, 100, len);
        assertThat(Arrays.copyOfRange(buf, 100, 100 + back)).isEqualTo(Arrays.copyOf(plain, Packets.rtpLength(300)));
        assertThat(Arrays.copyOf(buf, 100)).as("nothing written before the packet").containsOnly(0);
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void roundTripsRtcpAndCountsTheSrtcpIndexPerSsrc(SrtpProfile profile) {
        Pair pair = new Pair(profile);
        for (int i = 0; i < 5; i++) {
            for (int ssrc : new int[] {1, 2}) {
                byte[] plain = Packets.rtcp(ssrc, i);
                byte[] buf = plain.clone();
                int len = pair.sender.protectRtcp(buf, 0, Packets.rtcpLength());
                assertThat(len).isEqualTo(Packets.rtcpLength() + profile.rtcpOverhead());
                int trailer = profile.isAead() ? len - 4 : len - 14;
                assertThat(Packets.rtcpLength() > 8 && !Arrays.equals(buf, 8, 44, plain, 8, 44)).isTrue();
                assertThat(Hex.of(buf, trailer, 4)).isEqualTo(String.format("%08x", 0x8000_0000 | i));

                int back = pair.receiver.unprotectRtcp(buf, 0, len);

                assertThat(back).isEqualTo(Packets.rtcpLength());
                assertThat(Arrays.copyOf(buf, back)).isEqualTo(Arrays.copyOf(plain, back));
            }
        }
        assertThat(pair.receiver.streamCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void rejectsEveryTamperedByteOfAnSrtpPacket(SrtpProfile profile) {
        Pair pair = new Pair(profile);
        byte[] good = protect(pair.sender, SSRC, 1, 64);
        int malformed = 0;
        for (int i = 0; i < good.length; i++) {
            for (int mask : new int[] {0x01, 0x80}) {
                byte[] bad = good.clone();
                bad[i] ^= (byte) mask;
                int result = pair.receiver.unprotectRtp(bad, 0, bad.length);
                if (result == SrtpError.MALFORMED) {
                    // Version, CSRC count or extension length: the header no longer parses, so it
                    // is refused before any cryptography.
                    assertThat(i).as("byte %d mask %x", i, mask).isIn(0, 22, 23);
                    malformed++;
                } else {
                    assertThat(result).as("byte %d mask %x", i, mask).isEqualTo(SrtpError.AUTH_FAILED);
                }
            }
        }
        assertThat(pair.receiver.authenticationFailures()).isEqualTo(2L * good.length - malformed);
        assertThat(pair.receiver.streamCount()).as("forgeries track no stream").isZero();
        assertThat(pair.receiver.unprotectRtp(good.clone(), 0, good.length)).as("the genuine packet still passes")
                .isEqualTo(good.length - profile.rtpOverhead());
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void rejectsEveryTamperedByteOfAnSrtcpPacket(SrtpProfile profile) {
        Pair pair = new Pair(profile);
        byte[] buf = Packets.rtcp(SSRC, 3);
        byte[] good = Arrays.copyOf(buf, pair.sender.protectRtcp(buf, 0, Packets.rtcpLength()));
        int malformed = 0;
        for (int i = 0; i < good.length; i++) {
            for (int mask : new int[] {0x01, 0x80}) {
                byte[] bad = good.clone();
                bad[i] ^= (byte) mask;
                int result = pair.receiver.unprotectRtcp(bad, 0, bad.length);
                if (result == SrtpError.MALFORMED) {
                    malformed++;
                } else {
                    assertThat(result).as("byte %d mask %x", i, mask).isEqualTo(SrtpError.AUTH_FAILED);
                }
            }
        }
        assertThat(malformed).isEqualTo(1); // the top version bit
        assertThat(pair.receiver.unprotectRtcp(good, 0, good.length)).isEqualTo(Packets.rtcpLength());
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void rejectsAPacketProtectedUnderAnotherKey(SrtpProfile profile) {
        Pair ours = new Pair(profile);
        Pair theirs = new Pair(profile);
        byte[] foreign = protect(theirs.sender, SSRC, 5, 100);
        assertThat(ours.receiver.unprotectRtp(foreign, 0, foreign.length)).isEqualTo(SrtpError.AUTH_FAILED);
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void rejectsAReplayedPacket(SrtpProfile profile) {
        Pair pair = new Pair(profile);
        byte[] packet = protect(pair.sender, SSRC, 42, 100);
        assertThat(pair.receiver.unprotectRtp(packet.clone(), 0, packet.length)).isPositive();

        assertThat(pair.receiver.unprotectRtp(packet.clone(), 0, packet.length)).isEqualTo(SrtpError.REPLAY);
        assertThat(pair.receiver.replaysRejected()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void rejectsAReplayedSrtcpPacket(SrtpProfile profile) {
        Pair pair = new Pair(profile);
        byte[] buf = Packets.rtcp(SSRC, 1);
        byte[] packet = Arrays.copyOf(buf, pair.sender.protectRtcp(buf, 0, Packets.rtcpLength()));
        assertThat(pair.receiver.unprotectRtcp(packet.clone(), 0, packet.length)).isPositive();

        assertThat(pair.receiver.unprotectRtcp(packet.clone(), 0, packet.length)).isEqualTo(SrtpError.REPLAY);
        assertThat(pair.receiver.replaysRejected()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void acceptsOutOfOrderPacketsWithinTheReplayWindow(SrtpProfile profile) {
        Pair pair = new Pair(profile);
        List<byte[]> packets = new ArrayList<>();
        for (int seq = 0; seq < 3000; seq++) {
            packets.add(protect(pair.sender, SSRC, seq, 20));
        }
        // Shuffle inside blocks of 500: every packet arrives less than 1024 behind the highest.
        Random random = new Random(11);
        for (int start = 0; start < packets.size(); start += 500) {
            Collections.shuffle(packets.subList(start, start + 500), random);
        }
        for (byte[] p : packets) {
            assertThat(pair.receiver.unprotectRtp(p, 0, p.length)).isEqualTo(p.length - profile.rtpOverhead());
        }
        assertThat(pair.receiver.replaysRejected()).isZero();
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void rejectsAPacketOlderThanTheReplayWindow(SrtpProfile profile) {
        Pair pair = new Pair(profile);
        byte[] late = protect(pair.sender, SSRC, 100, 20);
        for (int seq = 101; seq <= 100 + SrtpContext.REPLAY_WINDOW; seq++) {
            byte[] p = protect(pair.sender, SSRC, seq, 20);
            assertThat(pair.receiver.unprotectRtp(p, 0, p.length)).isPositive();
        }
        assertThat(pair.receiver.unprotectRtp(late, 0, late.length)).isEqualTo(SrtpError.TOO_OLD);
        assertThat(pair.receiver.replaysRejected()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void acceptsTheOldestPacketStillInsideTheWindow(SrtpProfile profile) {
        Pair pair = new Pair(profile);
        byte[] late = protect(pair.sender, SSRC, 100, 20);
        for (int seq = 101; seq < 100 + SrtpContext.REPLAY_WINDOW; seq++) {
            byte[] p = protect(pair.sender, SSRC, seq, 20);
            assertThat(pair.receiver.unprotectRtp(p, 0, p.length)).isPositive();
        }
        assertThat(pair.receiver.unprotectRtp(late, 0, late.length)).isPositive();
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void rollsOverTheRocWhenTheSequenceNumberWraps(SrtpProfile profile) {
        Pair pair = new Pair(profile);
        List<byte[]> packets = new ArrayList<>();
        for (int i = 0; i < 200_000; i += 97) {
            packets.add(protect(pair.sender, SSRC, (65_000 + i) & 0xFFFF, 8));
        }
        for (byte[] p : packets) {
            assertThat(pair.receiver.unprotectRtp(p, 0, p.length)).isPositive();
        }
        assertThat(pair.receiver.authenticationFailures()).isZero();
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void acceptsAPacketFromBeforeTheWrapArrivingAfterIt(SrtpProfile profile) {
        Pair pair = new Pair(profile);
        byte[] last = protect(pair.sender, SSRC, 65_535, 8);
        byte[] first = protect(pair.sender, SSRC, 65_533, 8);
        byte[] afterWrap = protect(pair.sender, SSRC, 0, 8);
        byte[] afterWrap2 = protect(pair.sender, SSRC, 1, 8);
        for (byte[] p : List.of(first, afterWrap, last, afterWrap2)) {
            assertThat(pair.receiver.unprotectRtp(p, 0, p.length)).isPositive();
        }
        // A ROC mistake would show as an authentication failure (HMAC covers the ROC; GCM's IV holds it).
        assertThat(pair.receiver.authenticationFailures()).isZero();
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void refusesToProtectTheSameIndexTwice(SrtpProfile profile) {
        Pair pair = new Pair(profile);
        protect(pair.sender, SSRC, 7, 10);
        byte[] again = Packets.rtp(SSRC, 7, 10, 99);
        assertThat(pair.sender.protectRtp(again, 0, Packets.rtpLength(10))).isEqualTo(SrtpError.REPLAY);
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void keepsSeparateStateForEachSsrc(SrtpProfile profile) {
        Pair pair = new Pair(profile);
        byte[] a = protect(pair.sender, 1, 500, 10);
        byte[] b = protect(pair.sender, 2, 500, 10);
        assertThat(pair.receiver.unprotectRtp(a, 0, a.length)).isPositive();
        assertThat(pair.receiver.unprotectRtp(b, 0, b.length)).as("same seq, other SSRC").isPositive();
        assertThat(pair.receiver.streamCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void refusesAPacketWithoutRoomForTheTag(SrtpProfile profile) {
        Pair pair = new Pair(profile);
        byte[] exact = Arrays.copyOf(Packets.rtp(SSRC, 1, 10, 1), Packets.rtpLength(10));
        assertThat(pair.sender.protectRtp(exact, 0, exact.length)).isEqualTo(SrtpError.NO_CAPACITY);
        byte[] rtcp = Arrays.copyOf(Packets.rtcp(SSRC, 1), Packets.rtcpLength() + profile.rtcpOverhead() - 1);
        assertThat(pair.sender.protectRtcp(rtcp, 0, Packets.rtcpLength())).isEqualTo(SrtpError.NO_CAPACITY);
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void refusesPacketsTooShortToCarryATag(SrtpProfile profile) {
        Pair pair = new Pair(profile);
        byte[] packet = protect(pair.sender, SSRC, 1, 0);
        for (int len = 0; len < 12 + profile.rtpTagLength(); len++) {
            assertThat(pair.receiver.unprotectRtp(packet, 0, len)).isEqualTo(SrtpError.TOO_SHORT);
        }
        for (int len = 0; len < 8 + profile.rtcpOverhead(); len++) {
            assertThat(pair.receiver.unprotectRtcp(new byte[64], 0, len)).isEqualTo(SrtpError.TOO_SHORT);
        }
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void refusesAHeaderThatRunsPastThePacket(SrtpProfile profile) {
        Pair pair = new Pair(profile);
        byte[] buf = Packets.rtp(SSRC, 1, 4, 1);
        buf[0] = (byte) 0x8F; // 15 CSRCs: 72 header bytes in a 36-byte packet
        assertThat(pair.sender.protectRtp(buf, 0, Packets.rtpLength(4))).isEqualTo(SrtpError.MALFORMED);
        buf[0] = (byte) 0x40; // version 1
        assertThat(pair.sender.protectRtp(buf, 0, Packets.rtpLength(4))).isEqualTo(SrtpError.MALFORMED);
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void aContextWorksInOneDirectionOnly(SrtpProfile profile) {
        Pair pair = new Pair(profile);
        byte[] buf = Packets.rtp(SSRC, 1, 10, 1);
        assertThatThrownBy(() -> pair.receiver.protectRtp(buf, 0, 42)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> pair.sender.unprotectRtp(buf, 0, 42)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> pair.receiver.protectRtcp(buf, 0, 42)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> pair.sender.unprotectRtcp(buf, 0, 42)).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void refusesMasterKeysOfTheWrongLength(SrtpProfile profile) {
        byte[] salt = new byte[profile.masterSaltLength()];
        assertThatThrownBy(() -> SrtpContext.forSending(profile, new byte[profile.masterKeyLength() + 1], salt))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SrtpContext.forReceiving(profile, new byte[profile.masterKeyLength()], new byte[13]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void neverShowsKeyMaterialInToString(SrtpProfile profile) {
        byte[] key = new byte[profile.masterKeyLength()];
        Arrays.fill(key, (byte) 0xAB);
        byte[] salt = new byte[profile.masterSaltLength()];
        Arrays.fill(salt, (byte) 0xCD);
        String text = SrtpContext.forSending(profile, key, salt).toString();
        assertThat(text).doesNotContainIgnoringCase("abab").doesNotContainIgnoringCase("cdcd")
                .doesNotContain("-85").contains(profile.name());
    }
}
