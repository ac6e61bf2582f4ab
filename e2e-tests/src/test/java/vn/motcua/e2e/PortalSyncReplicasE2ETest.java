package vn.motcua.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.motcua.testsupport.Waits;

/**
 * Two portal-sync-service processes against the same database, Kafka and simulated portal: dossiers submitted and
 * taken up at the same time, their changes interleaved, each reach the portal in order and once, whichever instance
 * sends them.
 */
@org.junit.jupiter.api.extension.ExtendWith(SharedStack.Extension.class)
class PortalSyncReplicasE2ETest {

    static List<Integer> statuses(String portal, String code) {
        return given().queryParam("dossierCode", code).get(portal + "/received").then().statusCode(200).extract()
                .jsonPath().getList("status", Integer.class);
    }

    @Test
    void twoInstancesReportEveryDossierInOrderOnce() {
        SharedStack s = SharedStack.get();
        s.stack().startReplica("portal-sync-service");
        String intake = s.url("intake-service");
        String processing = s.url("processing-service");
        String citizen = s.tokens().of("citizen2");
        String leader = s.tokens().of("leader1");
        String specialist = s.tokens().of("specialist1");
        List<String> codes = IntStream.range(0, 12).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
            String code = given().auth().oauth2(citizen).contentType(ContentType.JSON)
                    .body(JourneyE2ETest.complete(intake, citizen)).post(intake + "/api/v1/dossiers").then().statusCode(201)
                    .extract().path("code");
            SharedStack.await(() -> {
                var r = given().auth().oauth2(leader).contentType(ContentType.JSON).body("{\"assignee\":\"specialist1\"}")
                        .post(processing + "/api/v1/cases/" + code + "/actions/ASSIGN");
                return r.statusCode() == 200 ? r : null;
            }, "case " + code + " assigned");
            given().auth().oauth2(specialist).contentType(ContentType.JSON).body("{}")
                    .post(processing + "/api/v1/cases/" + code + "/actions/START").then().statusCode(200);
            given().auth().oauth2(specialist).contentType(ContentType.JSON).body("{\"reason\":\"Thiếu bản sao\"}")
                    .post(processing + "/api/v1/cases/" + code + "/actions/REQUEST_SUPPLEMENT").then().statusCode(200);
            return code;
        })).toList().stream().map(CompletableFuture::join).toList();
        String portal = s.stack().portalUrl();
        List<Integer> expected = List.of(2, 4, 4, 5);
        for (String code : codes) {
            Waits.until(code + " complete at the portal", () -> statuses(portal, code).size() >= expected.size());
        }
        Waits.holds("no change arrives twice", Duration.ofSeconds(2),
                () -> codes.stream().allMatch(c -> statuses(portal, c).size() == expected.size()));
        assertThat(codes).isNotEmpty().allSatisfy(c -> assertThat(statuses(portal, c)).as(c).isEqualTo(expected));
    }
}
