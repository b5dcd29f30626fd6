package dev.parley.domain.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every cell of access-decision-table.txt: AccessPolicy.decide(grant, action) gives the expected decision. */
class AccessDecisionTableTest {

    static Stream<AccessDecisionTable.Cell> cells() {
        return AccessDecisionTable.load().cells().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void decisionMatchesTheTable(AccessDecisionTable.Cell cell) {
        for (RoomDeletionRule rule : cell.rules()) {
            Decision decision = new AccessPolicy(rule).decide(cell.grant(), cell.column().action());

            assertThat(outcome(decision)).as("%s, policy %s", cell, rule).isEqualTo(cell.expected());
            assertThat(decision.isAllowed()).as("isAllowed of %s", cell).isEqualTo(cell.expected().equals(AccessDecisionTable.ALLOW));
        }
    }

    static String outcome(Decision decision) {
        if (decision instanceof Decision.Deny deny) {
            return deny.reason().code();
        }
        assertThat(decision).isInstanceOf(Decision.Allow.class);
        return AccessDecisionTable.ALLOW;
    }
}
