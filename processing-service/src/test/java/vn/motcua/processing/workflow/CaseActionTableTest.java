package vn.motcua.processing.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.contract.CaseState;

/**
 * The lifecycle table checked on its own, without a database: each row's clock effect agrees with the states it
 * joins, officers' rows say who and system rows do not, every state is reached, and no open state is a dead end.
 */
class CaseActionTableTest {

    static Set<CaseState> fromStates(CaseAction a) {
        EnumSet<CaseState> s = EnumSet.noneOf(CaseState.class);
        for (CaseState st : CaseState.values()) {
            if (a.allowedFrom(st)) {
                s.add(st);
            }
        }
        return s;
    }

    @Test
    void eachRowsClockEffectAgreesWithTheStatesItJoins() {
        for (CaseAction a : CaseAction.values()) {
            Set<CaseState> from = fromStates(a);
            assertThat(from.isEmpty()).as(a + ": only the opening row has no from-state").isEqualTo(a.opens());
            for (CaseState f : from) {
                CaseState to = a.to(f);
                switch (a.clock()) {
                    case START -> throw new AssertionError(a + " opens, it has no from-state");
                    case RUNS -> assertThat(f.clockRunning() && to.clockRunning()).as(a + " from " + f).isTrue();
                    case PAUSE -> assertThat(f.clockRunning() && to.paused()).as(a + " from " + f).isTrue();
                    case RESUME, RESUME_OR_RESTART -> assertThat(f.paused() && to.clockRunning()).as(a + " from " + f).isTrue();
                    case MOVE_DUE -> assertThat(to).as(a + " keeps the state").isEqualTo(f);
                    case FINISH -> assertThat(!to.clockRunning() && !to.paused() && !to.closed()).as(a + " to " + to).isTrue();
                    case CLOSE -> assertThat(to.closed() && !f.closed()).as(a + " from " + f).isTrue();
                }
            }
        }
        assertThat(CaseAction.RECEIVE.clock()).isEqualTo(CaseAction.ClockEffect.START);
        assertThat(CaseAction.RECEIVE.to(null)).isEqualTo(CaseState.RECEIVED);
    }

    @Test
    void officersRowsSayWhoAndTheSystemsDoNot() {
        for (CaseAction a : CaseAction.values()) {
            if (a.actor() == CaseAction.Actor.OFFICER) {
                assertThat(a.roles()).as(a + " roles").isNotEmpty();
                assertThat(a.scope()).as(a + " scope").isNotEqualTo(CaseAction.Scope.NONE);
            } else {
                assertThat(a.roles()).as(a + " roles").isEmpty();
                assertThat(a.scope()).as(a + " scope").isEqualTo(CaseAction.Scope.NONE);
            }
        }
        assertThat(Arrays.stream(CaseAction.values()).filter(a -> a.actor() == CaseAction.Actor.SYSTEM))
                .containsExactlyInAnyOrder(CaseAction.RECEIVE, CaseAction.RECEIVE_SUPPLEMENT_ONLINE, CaseAction.CONFIRM_PAYMENT,
                        CaseAction.SIGN_RESULT, CaseAction.APOLOGY, CaseAction.WITHDRAW_ONLINE);
    }

    @Test
    void anOfficerIsOfferedOnlyOfficersRows() {
        List<CaseAction> fromReceived = CaseAction.from(CaseState.RECEIVED);
        assertThat(fromReceived).contains(CaseAction.ASSIGN, CaseAction.WITHDRAW, CaseAction.STOP)
                .doesNotContain(CaseAction.APOLOGY, CaseAction.WITHDRAW_ONLINE);
        assertThat(CaseAction.APOLOGY.allowedFrom(CaseState.RECEIVED)).isTrue();
    }

    @Test
    void everyStateIsReachedAndOnlyFinalStatesEndTheWay() {
        Set<CaseState> reached = EnumSet.of(CaseState.RECEIVED);
        var todo = new ArrayDeque<>(reached);
        while (!todo.isEmpty()) {
            CaseState s = todo.pop();
            for (CaseAction a : CaseAction.values()) {
                if (!a.opens() && a.allowedFrom(s) && reached.add(a.to(s))) {
                    todo.push(a.to(s));
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(CaseState.values());
        for (CaseState s : CaseState.values()) {
            assertThat(CaseAction.from(s).isEmpty()).as(s + " has no officer's action exactly when it is final")
                    .isEqualTo(s.closed());
        }
    }

    @Test
    void rowsThatRecordAnOutcomeNeedItsReason() {
        for (CaseAction a : CaseAction.values()) {
            if (a.effect() == CaseAction.Effect.RECORD_OUTCOME) {
                assertThat(a.needs()).as(a.name()).contains(CaseAction.Field.REASON);
            }
        }
        assertThat(CaseAction.TRANSFER.needs()).containsExactlyInAnyOrder(CaseAction.Field.PARTNER_AGENCY,
                CaseAction.Field.PARTNER_WORKING_DAYS);
        assertThat(CaseAction.APOLOGY.needs()).containsExactly(CaseAction.Field.NEW_DUE_AT);
    }
}
