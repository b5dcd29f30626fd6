package dev.parley.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.grant.VideoGrant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessagingAccessTest {

    @Test
    void aJoinGrantReadsEverythingOfItsOwnAndWritesChatDataDirectAndRenewal() {
        MessagingAccess access = MessagingAccess.of(VideoGrant.join("r"));
        assertThat(access.subscribe()).containsExactlyInAnyOrder(Channel.ROOM_EVENTS, Channel.CHAT, Channel.DATA,
                Channel.DIRECT, Channel.PRIVATE, Channel.INBOX);
        assertThat(access.publish()).containsExactlyInAnyOrder(Channel.CHAT, Channel.DATA, Channel.DIRECT, Channel.RENEWAL);
    }

    @Test
    void withoutCanPublishDataOnlyRenewalIsWritable() {
        VideoGrant grant = VideoGrant.join("r").toBuilder().canPublishData(false).build();
        assertThat(MessagingAccess.of(grant).publish()).containsExactly(Channel.RENEWAL);
    }

    @Test
    void canPublishDataFollowsCanPublishWhenAbsentAsLiveKitDoes() {
        VideoGrant grant = VideoGrant.join("r").toBuilder().canPublish(false).build();
        assertThat(MessagingAccess.of(grant).allows(Channel.CHAT, Direction.PUBLISH)).isFalse();
    }

    @Test
    void noRoomJoinMeansNoAccessAtAll() {
        MessagingAccess access = MessagingAccess.of(VideoGrant.none().toBuilder().roomAdmin(true).room("r").build());
        assertThat(access.publish()).isEmpty();
        assertThat(access.subscribe()).isEmpty();
    }

    @Test
    void noGrantEverWritesRoomEventsOrPrivateChannels() {
        for (Channel forbidden : Set.of(Channel.ROOM_EVENTS, Channel.PRIVATE, Channel.INBOX)) {
            assertThatThrownBy(() -> new MessagingAccess(EnumSet.of(forbidden), Set.of()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        VideoGrant everything = VideoGrant.join("r").toBuilder().roomAdmin(true).roomCreate(true).canPublish(true)
                .canPublishData(true).build();
        assertThat(MessagingAccess.of(everything).publish()).doesNotContain(Channel.ROOM_EVENTS, Channel.PRIVATE, Channel.INBOX);
    }
}
