package vn.motcua.processing.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static vn.motcua.processing.support.CaseFixtures.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.VietnamTime;
import vn.motcua.platform.events.contract.Channel;
import vn.motcua.processing.support.CaseFixtures;
import vn.motcua.processing.support.CaseFixtures.NewCase;
import vn.motcua.testsupport.RealInfrastructure;

/**
 * The worklist as keyset pages: every case of the agency and of those transferred to it, once each, in due order,
 * whatever is added meanwhile; search and filters; refusals of what is not a page request.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @io.quarkus.test.common.ResourceArg(name = "database", value = "processing"))
class WorklistTest {

    /** Agencies of their own per test, so that no other test's cases are in the lists compared. */
    private static final AtomicInteger AGENCY = new AtomicInteger();

    @Inject
    CaseFixtures fixtures;

    private static String newAgency() {
        return "WL" + AGENCY.incrementAndGet() + "X" + ProcessHandle.current().pid();
    }

    /** Monday 16 November 2026, 08:00: fixed, so that due times do not depend on the day the suite runs. */
    private static final OffsetDateTime MONDAY = OffsetDateTime.of(2026, 11, 16, 8, 0, 0, 0, VietnamTime.OFFSET);

    /** Receipt times 20 minutes apart in Monday morning's session: each case due at its own minute, in slot order. */
    private static OffsetDateTime slot(int n) {
        return MONDAY.plusMinutes(20L * n);
    }

    private String open(String agency, String name, int slot) {
        return fixtures.open(new NewCase(agency, name, "0912345678", Channel.ONLINE, slot(slot), 10));
    }

    /** Walks every page with the given size, returning the pages' dossier codes. */
    private static List<List<String>> walk(Supplier<RequestSpecification> who, String query, int limit) {
        List<List<String>> pages = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = who.get().get("/api/v1/cases?limit=" + limit + query + (cursor == null ? "" : "&cursor=" + cursor))
                    .then().statusCode(200).extract().jsonPath();
            pages.add(page.getList("items.dossierCode", String.class));
            cursor = page.getString("next");
        } while (cursor != null && pages.size() < 100);
        return pages;
    }

    @Test
    void pagesHoldTheAgencysCasesAndThoseTransferredToItOnceEachInDueOrder() {
        String lead = newAgency();
        String partner = newAgency();
        fixtures.knownAgency(lead);
        fixtures.knownAgency(partner);
        List<String> own = new ArrayList<>();
        for (int i = 0; i < 7; i++) { // due in slot order
            own.add(open(partner, "Trần Thị Mai", 2 * i));
        }
        // a case of the lead agency, received between the 4th and 5th of the partner's, transferred to the partner
        String transferred = fixtures.open(new NewCase(lead, "Lê Văn Hùng", "0987654321", Channel.COUNTER, slot(7), 10));
        String other = open(lead, "Phạm Văn Đức", 8);
        String leadSpecialist = "spec-" + lead;
        as(leadSpecialist, lead, "specialist").get("/api/v1/cases").then().statusCode(200); // joins the directory
        as("leader-" + lead, lead, "leader").body("{\"assignee\":\"" + leadSpecialist + "\"}")
                .post("/api/v1/cases/" + transferred + "/actions/ASSIGN").then().statusCode(200);
        as(leadSpecialist, lead, "specialist").body("{}").post("/api/v1/cases/" + transferred + "/actions/START")
                .then().statusCode(200);
        as(leadSpecialist, lead, "specialist").body("{\"partnerAgency\":\"" + partner + "\",\"partnerWorkingDays\":3}")
                .post("/api/v1/cases/" + transferred + "/actions/TRANSFER").then().statusCode(200);

        Supplier<RequestSpecification> partnerLeader = () -> as("leader-" + partner, partner, "leader");
        List<List<String>> pages = walk(partnerLeader, "", 3);
        List<String> expected = new ArrayList<>(own);
        expected.add(4, transferred);
        assertThat(pages).hasSize(3);
        assertThat(pages.get(0)).hasSize(3);
        assertThat(pages.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(expected);
        // the lead agency still has the case (it is its dossier) but not the partner's
        assertThat(walk(() -> as("leader-" + lead, lead, "leader"), "", 50)).containsExactly(List.of(transferred, other));
        // one page holding everything has no next
        partnerLeader.get().get("/api/v1/cases?limit=8").then().statusCode(200).body("items.size()", equalTo(8))
                .body("next", equalTo(null));
    }

    @Test
    void casesAddedWhilePagingNeitherRepeatNorShiftTheRest() throws Exception {
        String agency = newAgency();
        List<String> first = new ArrayList<>();
        for (int i = 2; i <= 7; i++) {
            first.add(open(agency, "Hoàng Thị Lan", i));
        }
        // a request specification keeps the query of each request it made: a new one per request
        Supplier<RequestSpecification> leader = () -> as("leader-" + agency, agency, "leader");
        JsonPath page1 = leader.get().get("/api/v1/cases?limit=3").then().statusCode(200).extract().jsonPath();
        assertThat(page1.getList("items.dossierCode", String.class)).containsExactlyElementsOf(first.subList(0, 3));
        // meanwhile, four counters receive at once: two cases due before the cursor, two after everything
        var pool = Executors.newFixedThreadPool(4);
        List<Callable<String>> receptions = List.of(() -> open(agency, "Đỗ Văn Nam", 0), () -> open(agency, "Đỗ Văn Nam", 1),
                () -> open(agency, "Vũ Thị Hoa", 8), () -> open(agency, "Vũ Thị Hoa", 9));
        List<String> added = new ArrayList<>();
        for (Future<String> f : pool.invokeAll(receptions)) {
            added.add(f.get());
        }
        pool.shutdown();
        JsonPath page2 = leader.get().get("/api/v1/cases?limit=3&cursor=" + page1.getString("next")).then().statusCode(200)
                .extract().jsonPath();
        assertThat(page2.getList("items.dossierCode", String.class)).containsExactlyElementsOf(first.subList(3, 6));
        JsonPath page3 = leader.get().get("/api/v1/cases?limit=3&cursor=" + page2.getString("next")).then().statusCode(200)
                .extract().jsonPath();
        assertThat(page3.getList("items.dossierCode", String.class)).containsExactly(added.get(2), added.get(3));
        assertThat(page3.getString("next")).isNull();
    }

    @Test
    void searchFindsACaseByNameWithoutAccentsByPhoneInEitherFormAndByDossierCode() {
        String agency = newAgency();
        String an = fixtures.open(new NewCase(agency, "Nguyễn Văn An", "0912000111", Channel.ONLINE, slot(1), 10));
        String anh = fixtures.open(new NewCase(agency, "Nguyễn Thị Ánh", "+84912000222", Channel.POSTAL, slot(2), 10));
        String duc = fixtures.open(new NewCase(agency, "Đặng Minh Đức", "0912000333", Channel.COUNTER, slot(3), 10));
        Supplier<RequestSpecification> officer = () -> as("counter-" + agency, agency, "counter-officer");
        officer.get().queryParam("q", "nguyen van an").get("/api/v1/cases").then().statusCode(200)
                .body("items.dossierCode", contains(an));
        officer.get().queryParam("q", "NGUYỄN").get("/api/v1/cases").then().statusCode(200)
                .body("items.dossierCode", contains(an, anh));
        officer.get().queryParam("q", "dang minh duc").get("/api/v1/cases").then().statusCode(200)
                .body("items.dossierCode", contains(duc));
        officer.get().queryParam("q", "+84 912 000 111").get("/api/v1/cases").then().statusCode(200)
                .body("items.dossierCode", contains(an));
        officer.get().queryParam("q", "0912000222").get("/api/v1/cases").then().statusCode(200)
                .body("items.dossierCode", contains(anh));
        officer.get().queryParam("q", duc).get("/api/v1/cases").then().statusCode(200)
                .body("items.dossierCode", contains(duc)).body("items[0].applicantName", equalTo("Đặng Minh Đức"));
        // the officer's % and _ are characters, not wildcards
        officer.get().queryParam("q", "%").get("/api/v1/cases").then().statusCode(200).body("items", empty());
        officer.get().queryParam("q", "_").get("/api/v1/cases").then().statusCode(200).body("items", empty());
        // quotes and backslashes are characters too (the name pattern is a SQL literal, see Worklist.sqlLiteral)
        officer.get().queryParam("q", "an' OR '1'='1").get("/api/v1/cases").then().statusCode(200).body("items", empty());
        officer.get().queryParam("q", "an\\' --").get("/api/v1/cases").then().statusCode(200).body("items", empty());
        officer.get().queryParam("q", "Văn An").get("/api/v1/cases").then().statusCode(200).body("items.dossierCode", contains(an));
        // another agency's officer finds none of them, even by exact code
        String elsewhere = newAgency();
        as("counter-" + elsewhere, elsewhere, "counter-officer").queryParam("q", an).get("/api/v1/cases").then()
                .statusCode(200).body("items", empty());
        as("counter-" + elsewhere, elsewhere, "counter-officer").queryParam("q", "nguyen").get("/api/v1/cases").then()
                .statusCode(200).body("items", empty());
    }

    @Test
    void filtersByChannelReceivedDaysAndClosedState() {
        String agency = newAgency();
        String postal = fixtures.open(new NewCase(agency, "Bùi Văn Tâm", "0912000444", Channel.POSTAL, MONDAY, 10));
        String online = fixtures.open(new NewCase(agency, "Bùi Văn Tâm", "0912000444", Channel.ONLINE, MONDAY.plusDays(3), 10));
        String stopped = fixtures.open(new NewCase(agency, "Bùi Văn Tâm", "0912000444", Channel.COUNTER, MONDAY.plusDays(4), 10));
        // a request specification keeps the query of each request it made: a new one per request
        Supplier<RequestSpecification> leader = () -> as("leader-" + agency, agency, "leader");
        leader.get().body("{\"reason\":\"Công dân đề nghị dừng\"}").post("/api/v1/cases/" + stopped + "/actions/STOP").then()
                .statusCode(200);
        leader.get().get("/api/v1/cases").then().statusCode(200).body("items.dossierCode", contains(postal, online));
        leader.get().get("/api/v1/cases?channel=POSTAL").then().statusCode(200).body("items.dossierCode", contains(postal));
        leader.get().get("/api/v1/cases?channel=HOME_APPOINTMENT").then().statusCode(200).body("items", empty());
        // received Monday, Thursday (and Friday, stopped): days are Vietnam days, both ends included
        leader.get().get("/api/v1/cases?receivedFrom=2026-11-17").then().statusCode(200).body("items.dossierCode", contains(online));
        leader.get().get("/api/v1/cases?receivedTo=2026-11-16").then().statusCode(200).body("items.dossierCode", contains(postal));
        leader.get().get("/api/v1/cases?receivedFrom=2026-11-16&receivedTo=2026-11-19").then().statusCode(200)
                .body("items.dossierCode", contains(postal, online));
        leader.get().get("/api/v1/cases?state=STOPPED").then().statusCode(200).body("items.dossierCode", contains(stopped))
                .body("items[0].state", equalTo("STOPPED"));
        leader.get().queryParam("q", stopped).get("/api/v1/cases?state=STOPPED").then().statusCode(200)
                .body("items.dossierCode", contains(stopped));
    }

    @Test
    void whatIsNotAPageRequestIsRefusedNamingTheParameter() {
        Supplier<RequestSpecification> leader = CaseFixtures::leader1;
        leader.get().get("/api/v1/cases?cursor=not-a-cursor").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
        // a well-formed Base64 of the wrong shape, and a cursor whose time is no time
        leader.get().get("/api/v1/cases?cursor=" + java.util.Base64.getUrlEncoder().encodeToString("x".getBytes())).then()
                .statusCode(400).body("errors[0].field", equalTo("cursor"));
        leader.get().get("/api/v1/cases?cursor=" + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("yesterday\n3f2b9c1e-8a4d-4c6b-9e2f-1a2b3c4d5e6f".getBytes())).then()
                .statusCode(400).body("errors[0].field", equalTo("cursor"));
        leader.get().get("/api/v1/cases?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        leader.get().get("/api/v1/cases?limit=201").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        leader.get().get("/api/v1/cases?limit=ten").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        leader.get().get("/api/v1/cases?channel=FAX").then().statusCode(400).body("errors[0].field", equalTo("channel"));
        leader.get().get("/api/v1/cases?receivedFrom=2026-02-30").then().statusCode(400)
                .body("errors[0].field", equalTo("receivedFrom"));
        leader.get().get("/api/v1/cases?receivedFrom=2026-12-02&receivedTo=2026-12-01").then().statusCode(400)
                .body("errors[0].field", equalTo("receivedTo"));
        as("citizen1", null, "citizen").get("/api/v1/cases").then().statusCode(403);
    }

    /**
     * A name the planner thinks rare (a word it has no statistics for) that more than {@link Worklist#FEW} cases have:
     * the sorted read's guard answers nothing and the page is walked in due order instead, complete and in order.
     */
    @Test
    void aNameFarMoreCommonThanThePlannerThoughtStillGivesTheEarliestDueCases() throws Exception {
        String agency = newAgency();
        String word = "Zyxq" + agency.toLowerCase(java.util.Locale.ROOT);
        String first = open(agency, word + " Văn An", 0);
        int copies = Worklist.FEW + 100;
        try (var db = java.sql.DriverManager.getConnection(RealInfrastructure.jdbcUrl("processing"), "postgres", "");
             var st = db.createStatement()) {
            // its copies, each due a minute later, inserted with no ANALYZE after: the statistics know nothing of them
            List<String> columns = new ArrayList<>();
            try (var rs = st.executeQuery("SELECT column_name FROM information_schema.columns WHERE table_name = 'dossier_case'"
                    + " AND is_generated = 'NEVER' AND column_name NOT IN ('id', 'dossier_code', 'due_at') ORDER BY ordinal_position")) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
            String list = String.join(", ", columns);
            st.execute("INSERT INTO dossier_case (id, dossier_code, due_at, " + list + ") SELECT gen_random_uuid(),"
                    + " dossier_code || '-' || g, due_at + g * interval '1 minute', " + list
                    + " FROM dossier_case, generate_series(1, " + copies + ") g WHERE dossier_code = '" + first + "'");
        }
        JsonPath page = as("leader-" + agency, agency, "leader").get("/api/v1/cases?limit=50&q=" + word)
                .then().statusCode(200).extract().jsonPath();
        List<String> codes = page.getList("items.dossierCode", String.class);
        assertThat(codes).hasSize(50);
        assertThat(codes.get(0)).isEqualTo(first);
        assertThat(codes.subList(1, 50)).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 49).mapToObj(g -> first + "-" + g).toList());
        assertThat(page.getString("next")).isNotNull();
    }
}
