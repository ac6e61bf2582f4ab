package vn.motcua.dashboard.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import java.time.OffsetDateTime;
import vn.motcua.dashboard.indicator.IndicatorQuery;
import vn.motcua.dashboard.indicator.Indicators;
import vn.motcua.dashboard.indicator.Scope;
import vn.motcua.dashboard.support.Dossier;
import vn.motcua.platform.events.EventCatalog;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.events.contract.AgencyProfile;
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.platform.events.contract.Channel;
import vn.motcua.platform.events.contract.ReceptionSlipIssued;
import vn.motcua.testsupport.KafkaRecords;
import vn.motcua.testsupport.TestTokens;
import vn.motcua.testsupport.Waits;

/**
 * Two departments and a post office with a commune point, their dossiers published through Kafka as intake and
 * processing publish them (some with processing's stream first, several dossiers at once): the indicator table, the
 * follow-up lists and the exports answer what the events say, to whom may see it.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardApiTest {

    @jakarta.inject.Inject
    IndicatorQuery query;

    // unique agencies per run: the counters of earlier runs never mix in
    final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    final String deptA = "SA" + run;
    final String deptB = "SB" + run;
    final String deptC = "SC" + run;
    final String post = "BD" + run;
    final String point = post + "-XA01";
    String overdueCode;
    String nearDueCode;

    private boolean published;

    /** Publishes the dossiers once for the class (RestAssured knows the test port only once a test runs). */
    @BeforeEach
    synchronized void publishOnce() throws Exception {
        if (!published) {
            publish();
            published = true;
        }
    }

    void publish() throws Exception {
        for (AgencyProfile a : List.of(Dossier.agency(deptA, "Sở A " + run, AgencyProfile.AgencyKind.DEPARTMENT, null),
                Dossier.agency(deptB, "Sở B " + run, AgencyProfile.AgencyKind.DEPARTMENT, null),
                Dossier.agency(post, "Bưu điện " + run, AgencyProfile.AgencyKind.POST_OFFICE, null, point))) {
            KafkaRecords.send(Topics.AGENCIES, a.code(), agencyEvent(a));
        }
        List<Dossier> a = List.of(
                // early, online, rated very satisfied
                Dossier.of(deptA).accepted("2026-03-02T09:00", "2026-03-16T17:00")
                        .step("ASSIGN", CaseState.ASSIGNED, "2026-03-02T10:00")
                        .step("SIGN_RESULT", CaseState.RESULT_READY, "2026-03-10T10:00")
                        .step("RETURN_RESULT", CaseState.RETURNED, "2026-03-11T10:00")
                        .rated("VERY_SATISFIED", "2026-03-11T11:00").synced("2026-03-02T09:01"),
                // late without an apology, at the counter
                Dossier.of(deptA).channel(Channel.COUNTER).desk(deptA, "counter1").accepted("2026-03-02T09:00", "2026-03-16T17:00")
                        .step("ASSIGN", CaseState.ASSIGNED, "2026-03-03T10:00")
                        .step("SIGN_RESULT", CaseState.RESULT_READY, "2026-03-18T10:00"),
                // received by post at the commune point, asked for a supplement, returned by post on time
                Dossier.of(deptA).channel(Channel.POSTAL).desk(point, "postal" + run).returnedBy("POSTAL")
                        .accepted("2026-04-01T09:00", "2026-04-15T17:00")
                        .step("ASSIGN", CaseState.ASSIGNED, "2026-04-01T15:00")
                        .step("REQUEST_SUPPLEMENT", CaseState.SUPPLEMENT_REQUESTED, "2026-04-02T09:00")
                        .step("RECEIVE_SUPPLEMENT", CaseState.IN_PROCESS, "2026-04-03T09:00", "2026-04-16T17:00")
                        .step("SIGN_RESULT", CaseState.RESULT_READY, "2026-04-10T09:00")
                        .step("RETURN_RESULT", CaseState.RETURNED, "2026-04-13T09:00"),
                // still in progress, past its due date, no apology
                Dossier.of(deptA).accepted("2026-05-04T09:00", "2026-05-18T17:00")
                        .step("ASSIGN", CaseState.ASSIGNED, "2026-05-04T10:00"),
                // withdrawn
                Dossier.of(deptA).accepted("2026-05-04T09:00", "2026-05-18T17:00")
                        .step("WITHDRAW", CaseState.WITHDRAWN, "2026-05-05T10:00"));
        overdueCode = a.get(3).code;
        List<Dossier> b = List.of(
                Dossier.of(deptB).accepted("2026-03-02T09:00", "2026-03-16T17:00")
                        .step("SIGN_RESULT", CaseState.RESULT_READY, "2026-03-16T15:00"),
                Dossier.of(deptB).accepted("2026-03-02T09:00", "2099-03-16T17:00").nearDue("2026-03-05T09:00"));
        nearDueCode = b.get(1).code;
        // several dossiers at once, half of them with processing's stream first
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> sent = new java.util.ArrayList<>();
        int i = 0;
        for (Dossier d : concat(a, b)) {
            boolean processingFirst = i++ % 2 == 0;
            sent.add(pool.submit(() -> processingFirst ? d.publishProcessingFirst() : d.publish()));
        }
        for (Future<?> f : sent) {
            f.get();
        }
        pool.shutdown();
        Dossier.send(List.of(Dossier.slip(point, "postal" + run, ReceptionSlipIssued.Kind.SUPPLEMENT, "2026-04-01T10:00"),
                Dossier.slip(point, "postal" + run, ReceptionSlipIssued.Kind.REFUSAL, "2026-04-02T10:00")));
        Waits.until("the dashboard counted every dossier", () -> indicators(province(), "agency=" + deptA + "&period=2026")
                .getInt("received.total") == 5 && indicators(province(), "agency=" + deptB + "&period=2026").getInt("received.total") == 2
                && indicators(province(), "agency=" + deptA + "&period=2026").getInt("done.total") == 3
                && indicators(province(), "agency=" + deptA + "&period=2026").getInt("satisfaction.rated") == 1
                && indicators(province(), "agency=" + deptA + "&period=2026").getInt("portalSynced.numerator") == 1);
    }

    @Test
    void the_indicator_table_counts_what_the_events_say() {
        JsonPath j = indicators(TestTokens.bearer("leader" + run, deptA, "leader"), "period=2026");
        assertThat(j.getInt("received.total")).isEqualTo(5);
        assertThat(j.getMap("received.byChannel")).containsEntry("ONLINE", 3).containsEntry("COUNTER", 1).containsEntry("POSTAL", 1);
        assertThat(j.getInt("done.early")).isEqualTo(2);
        assertThat(j.getInt("done.late")).isEqualTo(1);
        assertThat(j.getInt("inProgress.total")).isEqualTo(1);
        assertThat(j.getInt("inProgress.pastDeadline")).isEqualTo(1);
        assertThat(j.getInt("closedWithoutResult.withdrawn")).isEqualTo(1);
        // on time = (2 early + 0 on time + 0 in progress within) ÷ (3 done + 1 in progress)
        assertThat(j.getLong("onTimeRate.numerator")).isEqualTo(2);
        assertThat(j.getLong("onTimeRate.denominator")).isEqualTo(4);
        assertThat(j.getDouble("onTimeRate.value")).isEqualTo(0.5);
        assertThat(j.getDouble("onlineShare.value")).isEqualTo(0.6);
        assertThat(j.getLong("portalSynced.numerator")).isEqualTo(1);
        assertThat(j.getDouble("portalSynced.value")).isEqualTo(0.2);
        assertThat(j.getInt("apologies.doneLateWithoutApology")).isEqualTo(1);
        assertThat(j.getInt("apologies.overdueWithoutApology")).isEqualTo(1);
        assertThat(j.getInt("satisfaction.distribution.VERY_SATISFIED")).isEqualTo(1);
        // on-time 0.5 of target 1.0 earns 10 of 20 points; online 0.6 of 0.5 earns the full 12
        List<Map<String, Object>> criteria = j.getList("score.criteria");
        assertThat(criteria).isNotEmpty();
        assertThat(criteria).filteredOn(c -> c.get("criterion").equals("ON_TIME")).singleElement()
                .satisfies(c -> assertThat(((Number) c.get("earned")).doubleValue()).isEqualTo(10.0));
        assertThat(criteria).filteredOn(c -> c.get("criterion").equals("ONLINE_SUBMISSION")).singleElement()
                .satisfies(c -> assertThat(((Number) c.get("earned")).doubleValue()).isEqualTo(12.0));
        // the first quarter alone: the two March dossiers, both done
        JsonPath q1 = indicators(province(), "agency=" + deptA + "&period=2026-Q1");
        assertThat(q1.getInt("received.total")).isEqualTo(2);
        assertThat(q1.getInt("done.total")).isEqualTo(2);
        // a custom range cutting two months (their days read one by one): received 1 April, done 10 and 18 March, 10 April
        JsonPath range = indicators(province(), "agency=" + deptA + "&from=2026-03-05&to=2026-04-10");
        assertThat(range.getInt("received.total")).isEqualTo(1);
        assertThat(range.getInt("done.total")).isEqualTo(3);
        assertThat(range.getInt("done.late")).isEqualTo(1);
    }

    @Test
    void the_overdue_list_names_the_officer_and_the_missing_apology() {
        List<Map<String, Object>> items = given().header("Authorization", province()).queryParam("agency", deptA)
                .get("/api/v1/follow-up/overdue").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.get("dossierCode")).isEqualTo(overdueCode);
            assertThat(i.get("stage")).isEqualTo("OVERDUE");
            assertThat(i.get("assignee")).isEqualTo("specialist1");
            assertThat(i.get("apologyIssued")).isEqualTo(false);
            assertThat(((Number) i.get("workingDaysLate")).doubleValue()).isGreaterThan(100);
        });
        List<Map<String, Object>> b = given().header("Authorization", province()).queryParam("agency", deptB)
                .get("/api/v1/follow-up/overdue").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(b).singleElement().satisfies(i -> {
            assertThat(i.get("dossierCode")).isEqualTo(nearDueCode);
            assertThat(i.get("stage")).isEqualTo("NEAR_DUE");
        });
    }

    @Test
    void the_postal_follow_up_counts_the_point_and_its_clerk() {
        List<Map<String, Object>> rows = given().header("Authorization", province()).queryParam("period", "2026")
                .get("/api/v1/follow-up/postal").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(rows).filteredOn(r -> point.equals(r.get("desk"))).singleElement().satisfies(r -> {
            assertThat(r.get("received")).isEqualTo(1);
            assertThat(r.get("slipSupplement")).isEqualTo(1);
            assertThat(r.get("slipRefusal")).isEqualTo(1);
            assertThat(r.get("supplementInProcessing")).isEqualTo(1);
            assertThat(r.get("returnedByPost")).isEqualTo(1);
            assertThat(r.get("returnedByPostOnTime")).isEqualTo(1);
            assertThat(((Number) r.get("medianHandOverHours")).doubleValue()).isEqualTo(6.0);
        });
        List<Map<String, Object>> staff = given().header("Authorization", province()).queryParam("period", "2026").queryParam("by", "staff")
                .get("/api/v1/follow-up/postal").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(staff).filteredOn(r -> ("postal" + run).equals(r.get("staff"))).singleElement()
                .satisfies(r -> assertThat(r.get("received")).isEqualTo(1));
    }

    @Test
    void a_leader_sees_their_agency_only_and_other_roles_are_refused() {
        String leaderA = TestTokens.bearer("leader" + run, deptA, "leader");
        assertThat(indicators(leaderA, "period=2026").getList("agencies")).containsExactly(deptA);
        given().header("Authorization", leaderA).queryParam("agency", deptB).get("/api/v1/indicators")
                .then().statusCode(403).contentType("application/problem+json").body("detail_vi", org.hamcrest.Matchers.containsString(deptA));
        given().header("Authorization", leaderA).queryParam("agency", deptB).get("/api/v1/follow-up/overdue").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("citizen1", null, "citizen")).get("/api/v1/indicators").then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("specialist1", deptA, "specialist")).get("/api/v1/indicators").then().statusCode(403);
        given().get("/api/v1/indicators").then().statusCode(401);
        // the provincial office sees every agency, another department's included
        assertThat(indicators(province(), "agency=" + deptB + "&period=2026").getInt("received.total")).isEqualTo(2);
        given().header("Authorization", leaderA).get("/api/v1/indicators").then().header("Cache-Control", "no-store");
    }

    @Test
    void bad_parameters_are_refused_naming_the_field() {
        given().header("Authorization", province()).queryParam("period", "2026-13").get("/api/v1/indicators")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("period"));
        given().header("Authorization", province()).queryParam("from", "2026-05-01").queryParam("to", "2026-04-01")
                .get("/api/v1/indicators").then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().header("Authorization", province()).queryParam("from", "not-a-date").get("/api/v1/indicators")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().header("Authorization", province()).get("/api/v1/exports/khong-co.csv").then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", province()).queryParam("by", "tinh").get("/api/v1/follow-up/postal").then().statusCode(400)
                .body("errors[0].field", equalTo("by"));
    }

    @Test
    void every_table_exports_as_csv_and_xlsx() throws Exception {
        String csv = new String(given().header("Authorization", province()).queryParam("agency", deptA).queryParam("period", "2026")
                .get("/api/v1/exports/chi-so.csv").then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("chi-so_2026-01-01_2026-12-31.csv"))
                .extract().asByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFChỉ số,Giá trị,Mẫu số,Cách tính").contains("\r\nTiếp nhận,5,,");
        byte[] xlsx = given().header("Authorization", province()).queryParam("agency", deptA).queryParam("period", "2026")
                .get("/api/v1/exports/theo-don-vi.xlsx").then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.getFirst().getCellText(0)).isEqualTo("Đơn vị");
            assertThat(rows).filteredOn(r -> deptA.equals(r.getCellText(0))).singleElement()
                    .satisfies(r -> assertThat(r.getCellAsNumber(2).orElseThrow().intValue()).isEqualTo(5));
        }
        for (Tables.Name n : Tables.Name.values()) {
            given().header("Authorization", province()).queryParam("period", "2026").get("/api/v1/exports/" + n.fileName() + ".csv")
                    .then().statusCode(200);
        }
    }

    @Test
    void duplicates_and_a_poison_record_change_nothing_and_stop_nothing() {
        JsonPath before = indicators(province(), "agency=" + deptC + "&period=2026");
        KafkaRecords.send(Topics.PROCESSING_CASE_EVENTS, "x", "{not json");
        KafkaRecords.send(Topics.INTAKE_DOSSIER_EVENTS, "y", new Dossier.Event(Topics.INTAKE_DOSSIER_EVENTS,
                EventCatalog.DOSSIER_RATED, "y", new vn.motcua.platform.events.contract.DossierRated("y", deptC, "P", "SO_SO", null,
                Dossier.t("2026-03-20T10:00")), Dossier.t("2026-03-20T10:00"), UUID.randomUUID().toString()).json());
        // a dossier whose every event is sent twice, then one more dossier: it is counted once, after the poison
        Dossier again = Dossier.of(deptC).accepted("2026-06-01T09:00", "2026-06-15T17:00")
                .step("SIGN_RESULT", CaseState.RESULT_READY, "2026-06-05T09:00");
        again.publish();
        again.publishProcessingFirst();
        Waits.until("the dossier after the poison counted", () ->
                indicators(province(), "agency=" + deptC + "&period=2026").getInt("received.total") == before.getInt("received.total") + 1);
        Waits.holds("counted once", java.time.Duration.ofSeconds(2), () ->
                indicators(province(), "agency=" + deptC + "&period=2026").getInt("done.total") == before.getInt("done.total") + 1);
        List<Map<String, Object>> dead = given().header("Authorization", TestTokens.bearer("admin1", null, "admin"))
                .get("/api/v1/admin/dead-letters").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(dead).anySatisfy(d -> assertThat(String.valueOf(d.get("reason"))).contains("SO_SO"));
    }

    @Test
    void the_stocks_of_a_past_day_and_of_the_current_moment_agree_with_the_due_times() {
        String deptD = "SD" + run;
        Dossier open = Dossier.of(deptD).accepted("2026-06-01T09:00", "2026-06-10T17:00").step("ASSIGN", CaseState.ASSIGNED, "2026-06-01T10:00");
        Dossier paused = Dossier.of(deptD).accepted("2026-06-01T09:00", "2026-06-10T16:00")
                .step("ASSIGN", CaseState.ASSIGNED, "2026-06-01T10:00")
                .step("REQUEST_SUPPLEMENT", CaseState.SUPPLEMENT_REQUESTED, "2026-06-05T09:00");
        open.publish();
        paused.publishProcessingFirst();
        Scope d = new Scope(java.util.Set.of(deptD));
        java.time.LocalDate june1 = java.time.LocalDate.parse("2026-06-01");
        Waits.until("both dossiers in progress", () -> query.indicators(d, june1, june1.plusDays(29), Dossier.t("2026-06-05T10:00"))
                .paused().total() == 1);
        // the current moment, on the due day: neither due time has come at 15:00, one has at 16:30, both at 17:30
        assertThat(query.indicators(d, june1, june1.plusDays(29), Dossier.t("2026-06-10T15:00")).inProgress())
                .isEqualTo(new Indicators.InProgress(2, 2, 0));
        Indicators at1630 = query.indicators(d, june1, june1.plusDays(29), Dossier.t("2026-06-10T16:30"));
        assertThat(at1630.inProgress()).isEqualTo(new Indicators.InProgress(2, 1, 1));
        assertThat(at1630.paused()).isEqualTo(new Indicators.InProgress(1, 0, 1));
        assertThat(at1630.apologies().overdueWithoutApology()).isEqualTo(1);
        assertThat(query.indicators(d, june1, june1.plusDays(29), Dossier.t("2026-06-10T17:30")).inProgress())
                .isEqualTo(new Indicators.InProgress(2, 0, 2));
        // a past period ends at midnight: the 9th's end has neither past due, the 10th's both
        OffsetDateTime later = Dossier.t("2026-07-01T10:00");
        assertThat(query.indicators(d, june1, june1.plusDays(8), later).inProgress()).isEqualTo(new Indicators.InProgress(2, 2, 0));
        assertThat(query.indicators(d, june1, june1.plusDays(9), later).inProgress()).isEqualTo(new Indicators.InProgress(2, 0, 2));
        // before the first receipt: nothing
        assertThat(query.indicators(d, june1.minusDays(31), june1.minusDays(1), later).inProgress()).isEqualTo(new Indicators.InProgress(0, 0, 0));
    }

    private JsonPath indicators(String bearer, String query) {
        return given().header("Authorization", bearer).get("/api/v1/indicators?" + query).then().statusCode(200).extract().jsonPath();
    }

    private static String province() {
        return TestTokens.bearer("province1", null, "dashboard");
    }

    private static String agencyEvent(AgencyProfile a) {
        return new Dossier.Event(Topics.AGENCIES, EventCatalog.AGENCY_PUBLISHED, a.code(), a, Dossier.t("2026-01-01T00:00"),
                UUID.randomUUID().toString()).json();
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
