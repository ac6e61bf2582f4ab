package vn.motcua.processing.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.WorkingTimeCalculator;
import vn.motcua.platform.events.contract.Channel;
import vn.motcua.platform.events.contract.DossierAccepted;
import vn.motcua.processing.calendar.CalendarService;
import vn.motcua.processing.casefile.CaseOpening;
import vn.motcua.processing.casefile.DossierCase;
import vn.motcua.testsupport.TestTokens;

import static io.restassured.RestAssured.given;

/** Opens cases as intake's event would, and acts as the demo users with signed tokens. */
@ApplicationScoped
public class CaseFixtures {


    private final CaseOpening opening;
    private final CalendarService calendars;
    private final vn.motcua.processing.agency.AgencyCopy agencies;

    public CaseFixtures(CaseOpening opening, CalendarService calendars, vn.motcua.processing.agency.AgencyCopy agencies) {
        this.opening = opening;
        this.calendars = calendars;
        this.agencies = agencies;
    }

    /**
     * A case to open for any agency: who applied, how the dossier came, when.
     *
     * @param days working days of the time limit; the due time follows from {@code receivedAt}
     */
    public record NewCase(String agency, String applicantName, String phone, Channel channel, OffsetDateTime receivedAt,
                          int days) {
    }

    /** An agency the directory knows (as intake's events would make it known), with standard office hours. */
    public void knownAgency(String code) {
        QuarkusTransaction.requiringNew().run(() -> agencies.learn(new vn.motcua.platform.events.contract.AgencyProfile(
                code, 1, "Cơ quan " + code, vn.motcua.platform.events.contract.AgencyProfile.AgencyLevel.DISTRICT,
                vn.motcua.platform.events.contract.AgencyProfile.AgencyKind.PEOPLES_COMMITTEE, null, null, "Phủ Lý",
                java.util.List.of("07:30-11:30", "13:30-17:00"), null, java.util.List.of(), true)));
    }

    /** Opens the case as intake's accepted event would, and returns its dossier code. */
    public String open(NewCase n) {
        String code = newCode();
        var due = calc().dueDate(n.receivedAt(), TimeLimit.workingDays(n.days()), null);
        var accepted = new DossierAccepted(code, "1.004227.000.00.00.H56", 1, "Cấp Giấy chứng nhận đăng ký hoạt động",
                n.agency(), "Cơ quan " + n.agency(), n.channel(), n.channel().nationalCode(), "ONLINE", "DECREE_118_2025",
                new DossierAccepted.Applicant("INDIVIDUAL", n.applicantName(), n.phone(), null, "Phủ Lý", "001090012345"),
                "citizen1", n.receivedAt(), due.countingStartsAt(), due.dueAt(), n.days(), "WORKING_DAYS", "2026.1", vn.motcua.platform.events.contract.SupplementClockMode.PAUSE,
                null, java.util.List.of(), null, "Khoa học công nghệ", java.util.List.of(), null);
        QuarkusTransaction.requiringNew().run(() -> opening.open(accepted));
        return code;
    }

    public WorkingTimeCalculator calc() {
        return calendars.calculator("SKHCN");
    }

    /** A new dossier code, shaped as intake makes them (unit-yyMMdd-sequence). */
    public static String newCode() {
        return newCode("000.17.22.H56");
    }

    public static String newCode(String unit) {
        return vn.motcua.testsupport.TestCodes.dossier(unit);
    }

    /** A case of SKHCN received at {@code receivedAt} with a limit of {@code days} working days. */
    public String open(OffsetDateTime receivedAt, int days, vn.motcua.platform.events.contract.SupplementClockMode supplementMode) {
        return open(receivedAt, days, supplementMode, null);
    }

    /** With the procedure's published internal process. */
    public String open(OffsetDateTime receivedAt, int days, vn.motcua.platform.events.contract.SupplementClockMode supplementMode,
                       java.util.List<vn.motcua.platform.events.contract.ProcessStep> process) {
        String code = newCode();
        TimeLimit limit = TimeLimit.workingDays(days);
        var due = calc().dueDate(receivedAt, limit, null);
        var accepted = new DossierAccepted(code, "1.004227.000.00.00.H56", 1, "Cấp Giấy chứng nhận đăng ký hoạt động",
                "SKHCN", "Sở Khoa học và Công nghệ", vn.motcua.platform.events.contract.Channel.ONLINE, 2, "ONLINE", "DECREE_118_2025",
                new DossierAccepted.Applicant("INDIVIDUAL", "Nguyễn Văn An", "0912345678", "an@example.vn", "Phủ Lý", "001090012345"),
                "citizen1", receivedAt, due.countingStartsAt(), due.dueAt(), days, "WORKING_DAYS", "2026.1", supplementMode, process,
                java.util.List.of(), null, "Khoa học công nghệ", java.util.List.of(), null);
        QuarkusTransaction.requiringNew().run(() -> opening.open(accepted));
        return code;
    }

    /** Received now with a 10-working-day limit. */
    public String openFresh() {
        return open(OffsetDateTime.now(), 10, vn.motcua.platform.events.contract.SupplementClockMode.PAUSE);
    }

    public static DossierCase load(String code) {
        return QuarkusTransaction.requiringNew().call(() -> DossierCase.byDossierCode(code).orElseThrow());
    }

    /** Pretends the clock stopped {@code minutes} of wall time earlier (the citizen took a while to answer). */
    public static void pausedEarlier(String code, long minutes) {
        // straight in the table: only the lifecycle moves a case's clock, and a test cannot wait for hours
        QuarkusTransaction.requiringNew().run(() -> io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                .createNativeQuery("UPDATE dossier_case SET paused_at = paused_at - make_interval(mins => :m) WHERE dossier_code = :code")
                .setParameter("m", (int) minutes).setParameter("code", code).executeUpdate());
    }

    public static RequestSpecification as(String user, String agency, String... roles) {
        return given().header("Authorization", TestTokens.bearer(user, agency, roles)).contentType("application/json");
    }

    public static RequestSpecification leader1() {
        return as("leader1", "SKHCN", "leader");
    }

    public static RequestSpecification specialist1() {
        return as("specialist1", "SKHCN", "specialist");
    }

    public static RequestSpecification counter1() {
        return as("counter1", "SKHCN", "counter-officer");
    }

    /** Assign, start, submit, approve: the case waits for its signed result. */
    public static void approve(String code) {
        String base = "/api/v1/cases/" + code + "/actions/";
        leader1().body("{\"assignee\":\"specialist1\"}").post(base + "ASSIGN").then().statusCode(200);
        specialist1().body("{}").post(base + "START").then().statusCode(200);
        specialist1().body("{}").post(base + "SUBMIT_FOR_APPROVAL").then().statusCode(200);
        leader1().body("{}").post(base + "APPROVE").then().statusCode(200);
    }

    /** The payloads (whole CloudEvents) of a dossier's events of a type, as the outbox holds them. */
    public static java.util.List<String> eventPayloads(String code, String type) {
        return QuarkusTransaction.requiringNew().call(() -> vn.motcua.platform.outbox.OutboxEvent.<vn.motcua.platform.outbox.OutboxEvent>list(
                "key = ?1 AND type = ?2", code, type).stream().map(e -> e.payload).toList());
    }

    public static long events(String code, String type) {
        return QuarkusTransaction.requiringNew().call(() -> vn.motcua.platform.outbox.OutboxEvent.count(
                "key = ?1 AND type = ?2", code, type));
    }
}
