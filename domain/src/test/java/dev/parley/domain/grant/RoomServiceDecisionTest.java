package dev.parley.domain.grant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.room.RoomName;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The LiveKit Twirp RoomService table (reference/livekit.md), method by method, decided by the
 * standard (LiveKit-compatible) policy for a request about room r1.
 */
class RoomServiceDecisionTest {

    private static final RoomName R1 = RoomName.of("r1");
    private static final String ALLOW = "allow";

    record Row(RoomServiceMethod method, String grant, String expected) {
        @Override
        public String toString() {
            return method + " with [" + grant + "] -> " + expected;
        }
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(RoomServiceMethod.CreateRoom, "roomCreate", ALLOW));
        rows.add(new Row(RoomServiceMethod.CreateRoom, "roomCreate room=r1", ALLOW));
        // LiveKit checks only roomCreate for CreateRoom: a room in the grant does not restrict it.
        rows.add(new Row(RoomServiceMethod.CreateRoom, "roomCreate room=r2", ALLOW));
        rows.add(new Row(RoomServiceMethod.CreateRoom, "none", "room_create_not_granted"));
        rows.add(new Row(RoomServiceMethod.CreateRoom, "roomAdmin roomList roomRecord ingressAdmin room=r1", "room_create_not_granted"));
        rows.add(new Row(RoomServiceMethod.CreateRoom, "roomJoin room=r1", "room_create_not_granted"));

        rows.add(new Row(RoomServiceMethod.ListRooms, "roomList", ALLOW));
        rows.add(new Row(RoomServiceMethod.ListRooms, "roomList room=r2", ALLOW));
        rows.add(new Row(RoomServiceMethod.ListRooms, "none", "room_list_not_granted"));
        rows.add(new Row(RoomServiceMethod.ListRooms, "roomCreate roomAdmin roomRecord ingressAdmin room=r1", "room_list_not_granted"));
        rows.add(new Row(RoomServiceMethod.ListRooms, "roomJoin room=r1", "room_list_not_granted"));

        rows.add(new Row(RoomServiceMethod.DeleteRoom, "roomCreate", ALLOW));
        rows.add(new Row(RoomServiceMethod.DeleteRoom, "roomCreate room=r1", ALLOW));
        rows.add(new Row(RoomServiceMethod.DeleteRoom, "roomCreate room=r2", "grant_room_mismatch"));
        rows.add(new Row(RoomServiceMethod.DeleteRoom, "none", "room_create_not_granted"));
        rows.add(new Row(RoomServiceMethod.DeleteRoom, "roomAdmin room=r1", "room_create_not_granted"));
        rows.add(new Row(RoomServiceMethod.DeleteRoom, "roomJoin room=r1", "room_create_not_granted"));

        for (RoomServiceMethod m : RoomServiceMethod.values()) {
            if (!m.roomAdminScoped()) {
                continue;
            }
            rows.add(new Row(m, "roomAdmin room=r1", ALLOW));
            rows.add(new Row(m, "roomAdmin room=r1 roomJoin canPublish=false canSubscribe=false", ALLOW));
            rows.add(new Row(m, "roomAdmin", "grant_room_missing"));
            rows.add(new Row(m, "roomAdmin room=r2", "grant_room_mismatch"));
            rows.add(new Row(m, "roomAdmin room=R1", "grant_room_mismatch"));
            rows.add(new Row(m, "none", "room_admin_not_granted"));
            rows.add(new Row(m, "roomJoin room=r1 canUpdateOwnMetadata=true", "room_admin_not_granted"));
            rows.add(new Row(m, "roomCreate roomList roomRecord ingressAdmin room=r1", "room_admin_not_granted"));
        }
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void roomServiceMethodNeedsLiveKitsGrant(Row row) {
        Decision decision = AccessPolicy.standard().decide(GrantNotation.parse(row.grant()), row.method().action(R1));

        assertThat(AccessDecisionTableTest.outcome(decision)).as(row.toString()).isEqualTo(row.expected());
    }

    @Test
    void everyRoomServiceMethodHasAnAllowedAndADeniedRow() {
        Set<RoomServiceMethod> allowed = rows().stream().filter(r -> r.expected().equals(ALLOW)).map(Row::method)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RoomServiceMethod.class)));
        Set<RoomServiceMethod> denied = rows().stream().filter(r -> !r.expected().equals(ALLOW)).map(Row::method)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RoomServiceMethod.class)));

        assertThat(allowed).containsExactlyInAnyOrder(RoomServiceMethod.values());
        assertThat(denied).containsExactlyInAnyOrder(RoomServiceMethod.values());
    }

    @Test
    void roomServiceMethodsMapToDistinctActions() {
        List<Action> actions = EnumSet.allOf(RoomServiceMethod.class).stream().map(m -> m.action(R1)).toList();

        assertThat(actions).doesNotHaveDuplicates();
    }

    @Test
    void roomServiceMethodWithRequiredFlagAloneIsAllowedOnlyWhenNotRoomScoped() {
        for (RoomServiceMethod m : RoomServiceMethod.values()) {
            Decision decision = AccessPolicy.standard().decide(GrantNotation.parse(m.requiredFlag()), m.action(R1));

            assertThat(decision.isAllowed()).as(m.name()).isEqualTo(!m.roomAdminScoped());
        }
    }
}
