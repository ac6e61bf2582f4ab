package vn.motcua.portalsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.EventCatalog;
import vn.motcua.platform.events.contract.CaseState;

/** The mapping table, exhaustively: every event the product publishes and every state a dossier can be in. */
class SyncRuleTest {

    @Test
    void everyEventIsEitherSentOrSaysWhyNot() {
        for (EventCatalog e : EventCatalog.values()) {
            assertThat(SyncRule.whyNot(e)).as(e.name()).isNotBlank();
            assertThat(SyncRule.changeFor(e).isPresent()).as(e.name()).isEqualTo(SyncRule.whyNot(e).equals("sent"));
        }
        assertThat(SyncRule.changeFor(EventCatalog.DOSSIER_ACCEPTED)).contains(ChangeKind.DOSSIER);
        assertThat(SyncRule.changeFor(EventCatalog.DOSSIER_WITHDRAWN)).as("processing's WITHDRAWN is what counts").isEmpty();
    }

    @Test
    void everyCaseStateHasThePortalsCode() {
        Map<CaseState, Integer> expected = new java.util.EnumMap<>(CaseState.class);
        expected.put(CaseState.RECEIVED, 2);
        for (CaseState s : EnumSet.of(CaseState.ASSIGNED, CaseState.IN_PROCESS, CaseState.TRANSFERRED,
                CaseState.AWAITING_APPROVAL, CaseState.APPROVED)) {
            expected.put(s, 4);
        }
        expected.put(CaseState.SUPPLEMENT_REQUESTED, 5);
        expected.put(CaseState.PAYMENT_REQUESTED, 6);
        expected.put(CaseState.SUSPENDED, 8);
        expected.put(CaseState.REFUSED, 3);
        expected.put(CaseState.RESULT_READY, 9);
        expected.put(CaseState.RETURNED, 10);
        expected.put(CaseState.WITHDRAWN, 7);
        expected.put(CaseState.STOPPED, 8);
        assertThat(expected.keySet()).as("the test names every state").containsExactlyInAnyOrder(CaseState.values());
        for (CaseState s : CaseState.values()) {
            assertThat(s.nationalStatusCode()).as(s.name()).isEqualTo(expected.get(s)).isBetween(1, 10);
        }
    }

    @Test
    void ratingsAndDates() {
        assertThat(SyncRule.ratingCode("VERY_SATISFIED")).isEqualTo(1);
        assertThat(SyncRule.ratingCode("DISSATISFIED")).isEqualTo(4);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SyncRule.ratingCode("MEH"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PortalDates.format(OffsetDateTime.parse("2026-11-24T02:05:09Z"))).isEqualTo("20261124090509");
        assertThat(PortalDates.parse("20261124090509")).isEqualTo(OffsetDateTime.parse("2026-11-24T09:05:09+07:00"));
        assertThat(PortalDates.parse("2026-11-24")).isNull();
    }
}
