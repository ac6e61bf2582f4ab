package vn.motcua.processing.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.EventTypes;
import vn.motcua.processing.support.CaseFixtures;

/**
 * The deadline sweep announces each crossing exactly once, even with several sweepers at once (each with its own
 * connection and transactions, as replicas would have), and never looks at cases that are on time.
 */
@QuarkusTest
class DeadlineSweepTest {

    @Inject
    CaseFixtures fixtures;
    @Inject
    DeadlineSweep sweep;

    @Test
    void concurrentSweepersAnnounceEachCrossingExactlyOnce() throws Exception {
        OffsetDateTime now = OffsetDateTime.now();
        var calc = fixtures.calc();
        List<String> overdue = new ArrayList<>();
        List<String> nearDue = new ArrayList<>();
        List<String> onTime = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // received 15 working days ago with a 10-day limit: overdue for 5 days
            overdue.add(fixtures.open(calc.minusWorkingMinutes(now, 15 * 480), 10, vn.motcua.platform.events.contract.SupplementClockMode.PAUSE));
            // received 9.5 working days ago with a 10-day limit: due in half a day
            nearDue.add(fixtures.open(calc.minusWorkingMinutes(now, 9 * 480 + 240), 10, vn.motcua.platform.events.contract.SupplementClockMode.PAUSE));
            onTime.add(fixtures.open(now, 20, vn.motcua.platform.events.contract.SupplementClockMode.PAUSE));
        }

        int replicas = 4;
        ExecutorService pool = Executors.newFixedThreadPool(replicas);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int r = 0; r < replicas; r++) {
            Callable<Integer> job = () -> {
                start.await();
                return sweep.sweep();
            };
            runs.add(pool.submit(job));
        }
        start.countDown();
        for (Future<Integer> f : runs) {
            f.get();
        }
        pool.shutdown();
        sweep.sweep(); // and once more: nothing new

        for (String code : overdue) {
            assertThat(CaseFixtures.events(code, EventTypes.CASE_DEADLINE_CROSSED)).as(code).isEqualTo(2); // near due, overdue
            assertThat(CaseFixtures.events(code, EventTypes.CASE_STEP_OVERDUE)).as(code).isEqualTo(1);
            assertThat(CaseFixtures.load(code).deadlineStage()).isEqualTo(vn.motcua.platform.events.contract.DeadlineStage.OVERDUE);
            assertThat(CaseFixtures.load(code).nextCheckAt()).isNull(); // overdue and step announced: nothing left
        }
        for (String code : nearDue) {
            assertThat(CaseFixtures.events(code, EventTypes.CASE_DEADLINE_CROSSED)).as(code).isEqualTo(1);
            assertThat(CaseFixtures.load(code).deadlineStage()).isEqualTo(vn.motcua.platform.events.contract.DeadlineStage.NEAR_DUE);
            assertThat(CaseFixtures.load(code).nextCheckAt()).isAfter(now);
        }
        for (String code : onTime) {
            assertThat(CaseFixtures.events(code, EventTypes.CASE_DEADLINE_CROSSED)).isZero();
            assertThat(CaseFixtures.load(code).nextCheckAt()).isAfter(now);
        }

        // the leader's worklists show them
        CaseFixtures.leader1().get("/api/v1/cases?deadline=OVERDUE&needsApology=true&limit=200").then().statusCode(200)
                .body("items.dossierCode", hasItems(overdue.get(0), overdue.get(19)))
                .body("items.dossierCode", not(hasItem(nearDue.get(0))))
                .body("items.deadline.needsLeaderAttention", org.hamcrest.Matchers.everyItem(equalTo(true)));
        CaseFixtures.leader1().get("/api/v1/cases?deadline=NEAR_DUE&limit=200").then().statusCode(200)
                .body("items.dossierCode", hasItems(nearDue.get(0), overdue.get(0)))
                .body("items.dossierCode", not(hasItem(onTime.get(0))));
    }

    @Test
    void aPausedCaseIsNotCheckedAndAResumedOneIsAnnouncedAgainOnlyOnANewCrossing() {
        var calc = fixtures.calc();
        String code = fixtures.open(calc.minusWorkingMinutes(OffsetDateTime.now(), 9 * 480 + 240), 10, vn.motcua.platform.events.contract.SupplementClockMode.PAUSE);
        sweep.sweep();
        assertThat(CaseFixtures.events(code, EventTypes.CASE_DEADLINE_CROSSED)).isEqualTo(1);
        CaseFixtures.leader1().body("{\"assignee\":\"specialist1\"}").post("/api/v1/cases/" + code + "/actions/ASSIGN")
                .then().statusCode(200);
        CaseFixtures.specialist1().body("{}").post("/api/v1/cases/" + code + "/actions/START").then().statusCode(200);
        CaseFixtures.specialist1().body("{\"reason\":\"Thiếu giấy tờ\"}")
                .post("/api/v1/cases/" + code + "/actions/REQUEST_SUPPLEMENT").then().statusCode(200);
        CaseFixtures.pausedEarlier(code, 7 * 24 * 60); // a week of waiting moves the due date well away
        CaseFixtures.counter1().body("{}").post("/api/v1/cases/" + code + "/actions/RECEIVE_SUPPLEMENT").then()
                .statusCode(200).body("deadline.status", equalTo("ON_TIME"));
        assertThat(CaseFixtures.load(code).deadlineStage()).isEqualTo(vn.motcua.platform.events.contract.DeadlineStage.ON_TIME);
        sweep.sweep();
        assertThat(CaseFixtures.events(code, EventTypes.CASE_DEADLINE_CROSSED)).isEqualTo(1);
    }
}
