package dev.parley.domain.participant;

import static dev.parley.domain.participant.Participants.hidden;
import static dev.parley.domain.participant.Participants.newSessionOf;
import static dev.parley.domain.participant.Participants.room;
import static dev.parley.domain.participant.Participants.visible;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.grant.DenyReason;
import dev.parley.domain.room.DuplicateIdentityPolicy;
import dev.parley.domain.room.Room;
import dev.parley.domain.room.RoomPolicy;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Roster.admit: ended room, bans, duplicate identities and the participant limit. */
class RosterAdmitTest {

    private static final Room OPEN = room(RoomPolicy.defaults());

    private static Room limit(int max) {
        return room(RoomPolicy.defaults().withMaxParticipants(max));
    }

    private static Room refusingDuplicates() {
        return room(RoomPolicy.defaults().withDuplicateIdentity(DuplicateIdentityPolicy.REFUSE_NEWCOMER));
    }

    private static Admission.Admitted admitted(Admission a) {
        assertThat(a).isInstanceOf(Admission.Admitted.class);
        return (Admission.Admitted) a;
    }

    @Test
    void endedRoomAdmitsNobody() {
        Room ended = OPEN.end(Participants.T0.plusSeconds(1));

        assertThat(Roster.empty().admit(ended, visible("alice"), Set.of())).isEqualTo(new Admission.Refused(DenyReason.ROOM_ENDED));
        assertThat(Roster.empty().admit(ended, hidden("rec"), Set.of())).isEqualTo(new Admission.Refused(DenyReason.ROOM_ENDED));
    }

    @Test
    void createdAndActiveRoomsAdmit() {
        assertThat(Roster.empty().admit(OPEN, visible("alice"), Set.of())).isInstanceOf(Admission.Admitted.class);
        assertThat(Roster.empty().admit(OPEN.activate(Participants.T0), visible("alice"), Set.of())).isInstanceOf(Admission.Admitted.class);
    }

    @Test
    void bannedIdentityIsRefused() {
        assertThat(Roster.empty().admit(OPEN, visible("mallory"), Set.of(Identity.of("mallory"))))
                .isEqualTo(new Admission.Refused(DenyReason.PARTICIPANT_BANNED));
        assertThat(Roster.empty().admit(OPEN, hidden("mallory"), Set.of(Identity.of("mallory"))))
                .isEqualTo(new Admission.Refused(DenyReason.PARTICIPANT_BANNED));
        assertThat(Roster.empty().admit(OPEN, visible("alice"), Set.of(Identity.of("mallory")))).isInstanceOf(Admission.Admitted.class);
    }

    @Test
    void banMatchesEveryUnicodeSpellingOfTheIdentity() {
        assertThat(Roster.empty().admit(OPEN, visible("jos\u00e9"), Set.of(Identity.of("jose\u0301"))))
                .isEqualTo(new Admission.Refused(DenyReason.PARTICIPANT_BANNED));
    }

    @Test
    void newIdentityIsAdmittedReplacingNobody() {
        Admission.Admitted a = admitted(Roster.empty().admit(OPEN, visible("alice"), Set.of()));

        assertThat(a.replaced()).isEmpty();
        assertThat(a.roster().all()).containsExactly(visible("alice"));
    }

    @Test
    void duplicateIdentityReplaceExistingReturnsTheReplacedParticipant() {
        Participant old = visible("alice");
        Participant fresh = newSessionOf(old);
        Roster roster = Roster.of(List.of(old, visible("bob")));

        Admission.Admitted a = admitted(roster.admit(OPEN, fresh, Set.of()));

        assertThat(a.replaced()).contains(old);
        assertThat(a.roster().find(old.identity())).contains(fresh);
        assertThat(a.roster().size()).isEqualTo(2);
    }

    @Test
    void duplicateIdentityRefuseNewcomerRefusesAndKeepsTheExistingSession() {
        Participant old = visible("alice");
        Roster roster = Roster.of(List.of(old));

        assertThat(roster.admit(refusingDuplicates(), newSessionOf(old), Set.of()))
                .isEqualTo(new Admission.Refused(DenyReason.IDENTITY_ALREADY_PRESENT));
        assertThat(roster.find(old.identity())).contains(old);
    }

    @Test
    void duplicateIdentityIsDetectedAcrossUnicodeSpellings() {
        Roster roster = Roster.of(List.of(visible("jose\u0301")));

        assertThat(roster.admit(refusingDuplicates(), visible("jos\u00e9"), Set.of()))
                .isEqualTo(new Admission.Refused(DenyReason.IDENTITY_ALREADY_PRESENT));
        assertThat(admitted(roster.admit(OPEN, visible("jos\u00e9"), Set.of())).replaced()).isPresent();
    }

    @Test
    void participantLimitRefusesTheVisibleNewcomerBeyondIt() {
        Roster full = Roster.of(List.of(visible("a"), visible("b")));

        assertThat(full.admit(limit(2), visible("c"), Set.of())).isEqualTo(new Admission.Refused(DenyReason.ROOM_FULL));
        assertThat(full.admit(limit(3), visible("c"), Set.of())).isInstanceOf(Admission.Admitted.class);
    }

    @Test
    void participantLimitCountsOnlyVisibleParticipants() {
        Roster roster = Roster.of(List.of(hidden("rec1"), hidden("rec2"), visible("a")));

        Admission.Admitted a = admitted(roster.admit(limit(2), visible("b"), Set.of()));

        assertThat(a.roster().visibleCount()).isEqualTo(2);
        assertThat(a.roster().size()).isEqualTo(4);
        assertThat(a.roster().admit(limit(2), visible("c"), Set.of())).isEqualTo(new Admission.Refused(DenyReason.ROOM_FULL));
    }

    @Test
    void hiddenNewcomerIsNeverRefusedForTheLimit() {
        Roster full = Roster.of(List.of(visible("a")));

        Admission.Admitted a = admitted(full.admit(limit(1), hidden("rec"), Set.of()));

        assertThat(a.roster().size()).isEqualTo(2);
        assertThat(a.roster().visibleCount()).isEqualTo(1);
    }

    @Test
    void replacingAVisibleIdentityAtTheLimitIsAdmitted() {
        Participant old = visible("a");
        Roster full = Roster.of(List.of(old, visible("b")));

        Admission.Admitted a = admitted(full.admit(limit(2), newSessionOf(old), Set.of()));

        assertThat(a.replaced()).contains(old);
        assertThat(a.roster().visibleCount()).isEqualTo(2);
    }

    @Test
    void hiddenIdentityRejoiningVisibleAtTheLimitIsRefused() {
        Roster full = Roster.of(List.of(hidden("x"), visible("a")));

        assertThat(full.admit(limit(1), visible("x"), Set.of())).isEqualTo(new Admission.Refused(DenyReason.ROOM_FULL));
    }

    @Test
    void zeroMeansUnlimited() {
        Roster roster = Roster.empty();
        for (int i = 0; i < 500; i++) {
            roster = admitted(roster.admit(limit(0), visible("p" + i), Set.of())).roster();
        }

        assertThat(roster.visibleCount()).isEqualTo(500);
    }

    @Test
    void admitLeavesTheOriginalRosterUnchanged() {
        Roster roster = Roster.of(List.of(visible("a")));

        admitted(roster.admit(OPEN, visible("b"), Set.of()));
        admitted(roster.admit(OPEN, newSessionOf(visible("a")), Set.of()));

        assertThat(roster.all()).containsExactly(visible("a"));
    }
}
