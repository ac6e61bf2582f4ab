package vn.motcua.portalsync.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.portalsync.support.Journey.Agency;
import vn.motcua.testsupport.Waits;

/** Dossier paths the tests walk, and the wait for what the portal received. */
public final class Paths {

    private Paths() {
    }

    public static void awaitStatuses(Journey j, List<Integer> expected) {
        Waits.until(j.code + " reaches the portal as " + expected, () -> Portal.statuses(j.code).size() >= expected.size());
        Waits.holds(j.code + " gets nothing more", java.time.Duration.ofMillis(600),
                () -> Portal.statuses(j.code).size() == expected.size());
        assertThat(Portal.statuses(j.code)).as("statuses of " + j.code).isEqualTo(expected);
    }

    public static Journey fullPath(Agency agency) {
        return Journey.of(agency).accepted().opened()
                .step("ASSIGN", CaseState.ASSIGNED).step("START", CaseState.IN_PROCESS)
                .step("REQUEST_SUPPLEMENT", CaseState.SUPPLEMENT_REQUESTED).supplemented()
                .step("RECEIVE_SUPPLEMENT_ONLINE", CaseState.IN_PROCESS)
                .step("SUBMIT_FOR_APPROVAL", CaseState.AWAITING_APPROVAL).step("APPROVE", CaseState.APPROVED)
                .signed().returned().rated("SATISFIED");
    }

    public static final List<Integer> FULL_PATH = List.of(2, 4, 4, 5, 5, 4, 4, 4, 9, 10, 10);
}
