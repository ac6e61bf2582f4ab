package vn.motcua.processing.casefile;

import vn.motcua.platform.events.contract.CaseState;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.EventTypes;
import vn.motcua.platform.events.contract.DossierWithdrawn;
import vn.motcua.processing.support.CaseFixtures;

/** A withdrawal closes an undecided case; a decided one goes on, and intake is told so that both agree. */
@QuarkusTest
class CaseWithdrawalTest {

    @Inject
    CaseFixtures fixtures;

    @Inject
    CaseWithdrawal withdrawal;

    void withdraw(String code) {
        QuarkusTransaction.requiringNew().run(() -> withdrawal.apply(new DossierWithdrawn(code, "Nộp nhầm", "citizen1",
                OffsetDateTime.now())));
    }

    @Test
    void anUndecidedCaseIsWithdrawn() {
        String code = fixtures.openFresh();
        withdraw(code);
        assertThat(CaseFixtures.load(code).state()).isEqualTo(CaseState.WITHDRAWN);
        assertThat(CaseFixtures.events(code, EventTypes.CASE_WITHDRAWAL_REFUSED)).isZero();
    }

    @Test
    void aDecidedCaseGoesOnAndIntakeIsToldWhy() {
        String code = fixtures.openFresh();
        CaseFixtures.approve(code);
        withdraw(code);
        assertThat(CaseFixtures.load(code).state()).isEqualTo(CaseState.APPROVED);
        assertThat(CaseFixtures.events(code, EventTypes.CASE_WITHDRAWAL_REFUSED)).isEqualTo(1);
        // the end-to-end walk-throughs never meet this race, so its event is checked against the published schema here
        String refusal = CaseFixtures.eventPayloads(code, EventTypes.CASE_WITHDRAWAL_REFUSED).getFirst();
        assertThat(vn.motcua.platform.events.schema.EventSchemas.published().problems(refusal)).as(refusal).isEmpty();
        withdraw(code); // the same withdrawal read again (at-least-once): refused again, intake applies it idempotently
        assertThat(CaseFixtures.load(code).state()).isEqualTo(CaseState.APPROVED);
    }
}
