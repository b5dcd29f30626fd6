package dev.parley.domain.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The decision table is complete: a new Action subtype, AdminOperation, TrackSource,
 * RoomDeletionRule or grant field without rows fails the build, and every section crosses the
 * same grants with its actions.
 */
class AccessDecisionTableCoverageTest {

    private final AccessDecisionTable table = AccessDecisionTable.load();

    private List<Action> actions() {
        return table.sections().stream().flatMap(s -> s.columns().stream()).map(AccessDecisionTable.Column::action).toList();
    }

    @Test
    void tableCoversEveryActionSubtype() {
        Set<Class<?>> covered = actions().stream().map(Object::getClass).collect(Collectors.toSet());

        assertThat(Action.class.getPermittedSubclasses()).isNotEmpty();
        assertThat(covered).containsExactlyInAnyOrder(Action.class.getPermittedSubclasses());
    }

    @Test
    void tableCoversEveryAdminOperation() {
        Set<AdminOperation> covered = actions().stream()
                .filter(a -> a instanceof Action.AdministerRoom)
                .map(a -> ((Action.AdministerRoom) a).operation())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AdminOperation.class)));

        assertThat(covered).containsExactlyInAnyOrder(AdminOperation.values());
    }

    @Test
    void tableCoversEveryTrackSource() {
        Set<TrackSource> covered = actions().stream()
                .filter(a -> a instanceof Action.PublishTrack)
                .map(a -> ((Action.PublishTrack) a).source())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TrackSource.class)));

        assertThat(covered).containsExactlyInAnyOrder(TrackSource.values());
    }

    @Test
    void tableCoversDeleteRoomUnderEveryDeletionRule() {
        Set<RoomDeletionRule> covered = table.sections().stream().flatMap(s -> s.columns().stream())
                .filter(c -> c.action() instanceof Action.DeleteRoom)
                .map(AccessDecisionTable.Column::deletionRule)
                .collect(Collectors.toSet());

        assertThat(covered).containsExactlyInAnyOrder(RoomDeletionRule.values());
    }

    @Test
    void everyDefinedActionIsAColumnOfExactlyOneSection() {
        List<String> used = table.sections().stream().flatMap(s -> s.columns().stream())
                .map(AccessDecisionTable.Column::alias).toList();
        List<String> defined = table.allColumns().stream().map(AccessDecisionTable.Column::alias).toList();

        assertThat(used).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(defined);
    }

    @Test
    void everySectionCrossesTheSameGrants() {
        assertThat(table.sections()).hasSizeGreaterThanOrEqualTo(1);
        List<String> first = table.sections().get(0).grants();

        assertThat(first).doesNotHaveDuplicates().isNotEmpty();
        for (AccessDecisionTable.Section section : table.sections()) {
            List<String> aliases = section.columns().stream().map(AccessDecisionTable.Column::alias).toList();
            assertThat(section.grants()).as("grants of the section with columns %s", aliases).isEqualTo(first);
        }
        int columns = table.sections().stream().mapToInt(s -> s.columns().size()).sum();
        assertThat(table.cells()).hasSize(columns * first.size());
    }

    @Test
    void tableSetsEveryGrantField() {
        Set<String> named = new HashSet<>();
        table.sections().get(0).grants().forEach(g -> named.addAll(GrantNotation.fieldsNamed(g)));
        Set<String> fields = Arrays.stream(VideoGrant.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet());

        assertThat(named).containsExactlyInAnyOrderElementsOf(fields);
    }

    @Test
    void tableSetsEveryOptionalBooleanBothWaysAndLeavesItAbsent() {
        List<String> grants = table.sections().get(0).grants();
        for (String field : List.of("canPublish", "canSubscribe", "canPublishData", "canUpdateOwnMetadata")) {
            assertThat(grants).as(field + "=true").anyMatch(g -> g.contains(field + "=true"));
            assertThat(grants).as(field + "=false").anyMatch(g -> g.contains(field + "=false"));
        }
        assertThat(grants).as("a grant for the target room with every optional absent").contains("roomJoin room=r1");
    }

    @Test
    void everyCellCodeIsAllowOrARealDenyReasonCode() {
        Set<String> known = Arrays.stream(DenyReason.values()).map(DenyReason::code).collect(Collectors.toSet());
        known.add(AccessDecisionTable.ALLOW);

        assertThat(table.codes().values()).allSatisfy(code -> assertThat(known).contains(code));
    }

    @Test
    void tableUsesAllowAndEveryGrantDenyReason() {
        Set<String> used = table.cells().stream().map(AccessDecisionTable.Cell::expected).collect(Collectors.toSet());

        assertThat(used).contains(AccessDecisionTable.ALLOW,
                DenyReason.ROOM_JOIN_NOT_GRANTED.code(), DenyReason.GRANT_ROOM_MISSING.code(),
                DenyReason.GRANT_ROOM_MISMATCH.code(), DenyReason.PUBLISH_NOT_GRANTED.code(),
                DenyReason.PUBLISH_SOURCE_NOT_GRANTED.code(), DenyReason.PUBLISH_DATA_NOT_GRANTED.code(),
                DenyReason.SUBSCRIBE_NOT_GRANTED.code(), DenyReason.UPDATE_OWN_METADATA_NOT_GRANTED.code(),
                DenyReason.ROOM_ADMIN_NOT_GRANTED.code(), DenyReason.ROOM_CREATE_NOT_GRANTED.code(),
                DenyReason.ROOM_LIST_NOT_GRANTED.code(), DenyReason.ROOM_RECORD_NOT_GRANTED.code(),
                DenyReason.INGRESS_ADMIN_NOT_GRANTED.code());
    }
}
