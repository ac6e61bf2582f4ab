package vn.motcua.processing.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import vn.motcua.processing.support.CaseFixtures;

/** Two officers acting on one case at once: one wins, the other is told where the case now stands. */
@QuarkusTest
class ConcurrentOfficersTest {

    @Inject
    CaseFixtures fixtures;

    static String act(String code, String action) {
        return "/api/v1/cases/" + code + "/actions/" + action;
    }

    @Test
    void anActionOnAnOutdatedViewIs412WithTheCurrentState() {
        String code = fixtures.openFresh();
        String seen = CaseFixtures.leader1().get("/api/v1/cases/" + code).then().statusCode(200).extract().header("ETag");
        assertThat(seen).matches("\"\\d+\"");
        String after = CaseFixtures.leader1().header("If-Match", seen).body("{\"assignee\":\"specialist1\"}")
                .post(act(code, "ASSIGN")).then().statusCode(200).extract().header("ETag");
        assertThat(after).isNotEqualTo(seen);
        // another leader still looking at the old view
        CaseFixtures.leader1().header("If-Match", seen).body("{\"assignee\":\"leader1\"}").post(act(code, "ASSIGN")).then()
                .statusCode(412).contentType("application/problem+json").body("code", equalTo("case-changed"))
                .body("detail", containsString("now ASSIGNED"));
        assertThat(CaseFixtures.load(code).assignee()).isEqualTo("specialist1");
        CaseFixtures.leader1().header("If-Match", "not-a-tag").body("{\"assignee\":\"leader1\"}").post(act(code, "ASSIGN"))
                .then().statusCode(400).body("errors[0].field", equalTo("If-Match"));
    }

    @Test
    void twoOfficersAtTheSameMomentOneWinsTheOtherSeesTheNewState() throws Exception {
        for (int round = 0; round < 3; round++) {
            String code = fixtures.openFresh();
            String seen = CaseFixtures.leader1().get("/api/v1/cases/" + code).then().statusCode(200).extract().header("ETag");
            CyclicBarrier start = new CyclicBarrier(2);
            List<CompletableFuture<Integer>> both = new ArrayList<>();
            for (String assignee : List.of("specialist1", "leader1")) {
                both.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return CaseFixtures.leader1().header("If-Match", seen).body("{\"assignee\":\"" + assignee + "\"}")
                            .post(act(code, "ASSIGN")).statusCode();
                }));
            }
            List<Integer> statuses = both.stream().map(CompletableFuture::join).sorted().toList();
            assertThat(statuses).as("round %d", round).containsExactly(200, 412);
            assertThat(CaseFixtures.load(code).state().name()).isEqualTo("ASSIGNED");
        }
    }
}
