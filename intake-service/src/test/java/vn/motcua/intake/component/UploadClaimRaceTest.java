package vn.motcua.intake.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.intake.dossier.Dossier;
import vn.motcua.testsupport.DossierSubmissions;
import vn.motcua.testsupport.TestTokens;

/**
 * Claiming a staged upload is atomic: of several submissions racing with the same uploads exactly one gets them (and
 * is the only dossier whose accepted event lists them), the others get 409 and leave nothing behind. Run for a
 * department's procedure and a commune's.
 */
@QuarkusTest
class UploadClaimRaceTest {

    static final int RACERS = 4;

    static String body(String procedure, String citizenId) {
        return """
                {"procedureCode": "%s",
                 "applicant": {"type": "INDIVIDUAL", "fullName": "Lê Thị Hoa", "citizenId": "%s",
                               "dateOfBirth": "1992-03-04", "phone": "0912000111", "address": "Thôn 2, Ba Sao, Kim Bảng"}}"""
                .formatted(procedure, citizenId);
    }

    @ParameterizedTest
    @CsvSource({"1.004227.000.00.00.H56", "1.000894.000.00.00.H56"})
    void oneSubmissionWinsTheUploadsTheOthersGet409AndStoreNothing(String procedure) throws Exception {
        String user = "racer-" + UUID.randomUUID();
        Supplier<RequestSpecification> as = () -> RestAssured.given().header("Authorization", TestTokens.bearer(user, null, "citizen"));
        List<String> mandatory = DossierSubmissions.mandatory("", procedure);
        assertThat(mandatory).isNotEmpty();
        List<String[]> refs = mandatory.stream().map(code -> new String[] {code, DossierSubmissions.upload("", as, code + "-" + user)}).toList();
        String body = DossierSubmissions.withComponents(body(procedure, "001192" + (System.nanoTime() % 900000 + 100000)), refs);
        long before = QuarkusTransaction.requiringNew().call(() -> Dossier.count("submittedBy", user));

        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        List<Response> answers = new ArrayList<>();
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                Callable<Response> submit = () -> as.get().contentType("application/json").body(body).post("/api/v1/dossiers");
                futures.add(pool.submit(submit));
            }
            for (Future<Response> f : futures) {
                answers.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }

        List<Response> won = answers.stream().filter(r -> r.statusCode() == 201).toList();
        List<Response> lost = answers.stream().filter(r -> r.statusCode() != 201).toList();
        assertThat(won).hasSize(1);
        assertThat(lost).hasSize(RACERS - 1).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.jsonPath().getString("code")).isEqualTo("upload-already-used");
            assertThat(r.jsonPath().getString("detail_vi")).contains("đã thuộc một hồ sơ khác");
        });
        String winner = won.get(0).jsonPath().getString("code");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Dossier.count("submittedBy", user))).isEqualTo(before + 1);
        for (String[] ref : refs) {
            UUID dossierOfFile = QuarkusTransaction.requiringNew().call(() ->
                    DossierComponent.<DossierComponent>findById(UUID.fromString(ref[1])).dossierId);
            assertThat(dossierOfFile).isEqualTo(QuarkusTransaction.requiringNew().call(() -> Dossier.byCode(winner).orElseThrow().id));
        }
        // processing learns of the files only from the winner's events: one accepted event lists them, no other event names them
        for (String[] ref : refs) {
            long events = QuarkusTransaction.requiringNew().call(() -> ((Number) Dossier.getEntityManager().createNativeQuery(
                    "SELECT count(*) FROM outbox_event WHERE payload LIKE ?1").setParameter(1, "%" + ref[1] + "%")
                    .getSingleResult()).longValue());
            long ofWinner = QuarkusTransaction.requiringNew().call(() -> ((Number) Dossier.getEntityManager().createNativeQuery(
                    "SELECT count(*) FROM outbox_event WHERE message_key = ?1 AND event_type = ?2 AND payload LIKE ?3")
                    .setParameter(1, winner).setParameter(2, vn.motcua.platform.events.EventTypes.DOSSIER_COMPONENT_ADDED)
                    .setParameter(3, "%" + ref[1] + "%").getSingleResult()).longValue());
            assertThat(ofWinner).as("component-added event of the winner for upload " + ref[1]).isEqualTo(1);
            assertThat(events).as("events naming upload " + ref[1]).isEqualTo(ofWinner);
        }
    }
}
