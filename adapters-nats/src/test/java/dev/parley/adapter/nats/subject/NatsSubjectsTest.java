package dev.parley.adapter.nats.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.grant.VideoGrant;
import dev.parley.domain.messaging.MessagingAccess;
import dev.parley.domain.room.RoomName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The subject scheme of docs/messaging.md, subject for subject. */
class NatsSubjectsTest {

    private static final String SID = "PA_a1B2c3D4e5F6";
    private final NatsSubjects s = NatsSubjects.of(RoomName.of("room-1"), SID);

    @Test
    void subjectsFollowTheDocumentedScheme() {
        assertThat(s.events()).isEqualTo("parley.room-1.events");
        assertThat(s.chatPublish()).isEqualTo("parley.room-1.chat." + SID);
        assertThat(s.chatSubscribe()).isEqualTo("parley.room-1.chat.*");
        assertThat(s.dataPublish()).isEqualTo("parley.room-1.data." + SID);
        assertThat(s.dataSubscribe()).isEqualTo("parley.room-1.data.*");
        assertThat(s.directPublishPattern()).isEqualTo("parley.room-1.dm.*." + SID);
        assertThat(s.directTo("PA_other")).isEqualTo("parley.room-1.dm.PA_other." + SID);
        assertThat(s.directSubscribe()).isEqualTo("parley.room-1.dm." + SID + ".*");
        assertThat(s.privateSubject()).isEqualTo("parley.room-1.private." + SID);
        assertThat(s.renew()).isEqualTo("parley.room-1.renew." + SID);
        assertThat(s.inboxPrefix()).isEqualTo("parley.inbox." + SID);
        assertThat(s.inboxSubscribe()).isEqualTo("parley.inbox." + SID + ".>");
    }

    @Test
    void aPublisherOfDataWritesOnlyUnderItsOwnSid() {
        MessagingAccess access = MessagingAccess.of(VideoGrant.join("room-1"));
        assertThat(s.publishAllow(access)).containsExactlyInAnyOrder(
                "parley.room-1.chat." + SID, "parley.room-1.data." + SID, "parley.room-1.dm.*." + SID,
                "parley.room-1.renew." + SID);
        assertThat(s.subscribeAllow(access)).containsExactlyInAnyOrder(
                "parley.room-1.events", "parley.room-1.chat.*", "parley.room-1.data.*", "parley.room-1.dm." + SID + ".*",
                "parley.room-1.private." + SID, "parley.inbox." + SID + ".>");
        assertThat(s.subscribeAllow(access)).noneMatch(x -> x.startsWith("_INBOX"));
    }

    @Test
    void withoutCanPublishDataOnlyTheRenewalIsWritten() {
        MessagingAccess access = MessagingAccess.of(VideoGrant.join("room-1").toBuilder().canPublishData(false).build());
        assertThat(s.publishAllow(access)).containsExactly("parley.room-1.renew." + SID);
        assertThat(s.names(access)).containsOnlyKeys("events", "chatSubscribe", "dataSubscribe", "directSubscribe",
                "private", "renew");
    }

    @Test
    void withoutRoomJoinNothingAtAll() {
        MessagingAccess access = MessagingAccess.of(VideoGrant.join("room-1").toBuilder().roomJoin(false).build());
        assertThat(s.publishAllow(access)).isEmpty();
        assertThat(s.subscribeAllow(access)).isEmpty();
        assertThat(s.names(access)).isEmpty();
    }

    @Test
    void namesCarryEverySubjectTheAccessAllows() {
        assertThat(s.names(MessagingAccess.of(VideoGrant.join("room-1")))).containsOnlyKeys("events", "chatPublish",
                "chatSubscribe", "dataPublish", "dataSubscribe", "directPublishPattern", "directSubscribe", "private", "renew");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "PA_", "XX_abc", "pa_abc", "PA_a.b", "PA_*", "PA_>", "PA_a b", "PA_a\tb", "PA_é",
            "PA_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void refusesSessionIdsThatAreNotSafeSubjectTokens(String sid) {
        assertThat(NatsSubjects.isValidSid(sid)).isFalse();
        assertThatThrownBy(() -> NatsSubjects.of(RoomName.of("r"), sid)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void renewalSubjectIsParsedOnlyWhenExact() {
        assertThat(NatsSubjects.parseRenewSubject("parley.room-1.renew." + SID)).hasValueSatisfying(p -> {
            assertThat(p.room().value()).isEqualTo("room-1");
            assertThat(p.sid()).isEqualTo(SID);
        });
        assertThat(NatsSubjects.parseRenewSubject("parley.room-1.renew.*")).isEmpty();
        assertThat(NatsSubjects.parseRenewSubject("parley.*.renew." + SID)).isEmpty();
        assertThat(NatsSubjects.parseRenewSubject("parley.room-1.renew." + SID + ".x")).isEmpty();
        assertThat(NatsSubjects.parseRenewSubject("parley.room-1.chat." + SID)).isEmpty();
        assertThat(NatsSubjects.parseRenewSubject("other.room-1.renew." + SID)).isEmpty();
        assertThat(NatsSubjects.parseRenewSubject(null)).isEmpty();
    }

    @Test
    void ownInboxIsOnlyBelowTheSessionsPrefix() {
        assertThat(s.isOwnInbox("parley.inbox." + SID + ".abc.1")).isTrue();
        assertThat(s.isOwnInbox("parley.inbox." + SID)).isFalse();
        assertThat(s.isOwnInbox("parley.inbox." + SID + "x.abc")).isFalse();
        assertThat(s.isOwnInbox("parley.inbox.PA_other.abc")).isFalse();
        assertThat(s.isOwnInbox("parley.room-1.private." + SID)).isFalse();
        assertThat(s.isOwnInbox("parley.inbox." + SID + ".*")).isFalse();
        assertThat(s.isOwnInbox("_INBOX.abc")).isFalse();
    }
}
