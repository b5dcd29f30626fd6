package dev.parley.domain.participant;

import static dev.parley.domain.participant.Participants.hidden;
import static dev.parley.domain.participant.Participants.newSessionOf;
import static dev.parley.domain.participant.Participants.visible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Roster's views and edits: visibleTo, all, without, replace, of. */
class RosterTest {

    private final Roster roster = Roster.of(List.of(visible("alice"), hidden("rec"), visible("bob"), hidden("agent")));

    @Test
    void visibleToHidesHiddenParticipantsFromOthers() {
        assertThat(roster.visibleTo(Identity.of("alice"))).containsExactly(visible("alice"), visible("bob"));
    }

    @Test
    void visibleToShowsAHiddenParticipantItself() {
        assertThat(roster.visibleTo(Identity.of("rec"))).containsExactly(visible("alice"), hidden("rec"), visible("bob"));
    }

    @Test
    void visibleToAnOutsiderShowsOnlyVisibleParticipants() {
        assertThat(roster.visibleTo(Identity.of("nobody"))).containsExactly(visible("alice"), visible("bob"));
    }

    @Test
    void allIncludesHiddenParticipants() {
        assertThat(roster.all()).containsExactly(visible("alice"), hidden("rec"), visible("bob"), hidden("agent"));
        assertThat(roster.size()).isEqualTo(4);
        assertThat(roster.visibleCount()).isEqualTo(2);
    }

    @Test
    void viewsAreNotEditable() {
        assertThatThrownBy(() -> roster.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withoutRemovesTheIdentity() {
        Roster after = roster.without(Identity.of("alice"));

        assertThat(after.find(Identity.of("alice"))).isEmpty();
        assertThat(after.size()).isEqualTo(3);
        assertThat(roster.size()).isEqualTo(4);
    }

    @Test
    void withoutAnAbsentIdentityChangesNothing() {
        assertThat(roster.without(Identity.of("nobody"))).isSameAs(roster);
    }

    @Test
    void replaceSwapsTheParticipantOfTheSameIdentity() {
        Participant fresh = newSessionOf(visible("bob"));

        Roster after = roster.replace(fresh);

        assertThat(after.find(Identity.of("bob"))).contains(fresh);
        assertThat(after.size()).isEqualTo(4);
        assertThat(roster.find(Identity.of("bob"))).contains(visible("bob"));
    }

    @Test
    void replaceCanHideAParticipant() {
        Participant bob = visible("bob");

        Roster after = roster.replace(bob.withGrants(bob.grants().toBuilder().hidden(true).build()));

        assertThat(after.visibleTo(Identity.of("alice"))).containsExactly(visible("alice"));
        assertThat(after.visibleCount()).isEqualTo(1);
    }

    @Test
    void replaceAnUnknownIdentityFails() {
        assertThatThrownBy(() -> roster.replace(visible("nobody"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ofRefusesAnIdentityTwice() {
        assertThatThrownBy(() -> Roster.of(List.of(visible("a"), newSessionOf(visible("a")))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Roster.of(List.of(visible("jose\u0301"), visible("jos\u00e9"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyRosterHasNobody() {
        assertThat(Roster.empty().size()).isZero();
        assertThat(Roster.empty().all()).isEmpty();
        assertThat(Roster.empty().find(Identity.of("a"))).isEmpty();
    }
}
