package vn.motcua.intake.home;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.motcua.intake.calendar.CalendarConfig;
import vn.motcua.intake.dossier.DossierReceptionTest;
import vn.motcua.testsupport.DossierSubmissions;
import vn.motcua.testsupport.TestTokens;

/** A citizen books a home visit; the agency's officer receives the dossier there; capacity and ownership hold. */
@QuarkusTest
class HomeAppointmentTest {

    @Inject
    CalendarConfig calendars;

    static Supplier<RequestSpecification> as(String user, String agency, String role) {
        return () -> given().header("Authorization", TestTokens.bearer(user, agency, role)).contentType("application/json");
    }

    static String booking(OffsetDateTime slot) {
        return """
                {"procedureCode":"1.004227.000.00.00.H56","fullName":"Nguyễn Văn An","phone":"0912345678",
                 "address":"12 Lê Lợi, Phủ Lý","slotStart":"%s","note":"Người cao tuổi, đi lại khó khăn"}""".formatted(slot);
    }

    /** A working day at least {@code days} calendar days ahead, at the given time. */
    OffsetDateTime workingDay(int days, int hour, int minute) {
        var calendar = calendars.forOfficeHours("07:00-11:30,13:30-17:00").calendar();
        LocalDate d = LocalDate.now(ZoneOffset.ofHours(7)).plusDays(days);
        while (!calendar.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return OffsetDateTime.of(d, LocalTime.of(hour, minute), ZoneOffset.ofHours(7));
    }

    @Test
    void aBookedVisitEndsWithADossierOfTheCitizenReceivedByTheAgencysOfficer() {
        var citizen = as("citizen1", null, "citizen");
        var counter = as("counter1", "SKHCN", "counter-officer");
        OffsetDateTime slot = workingDay(7, 9, 0);
        String id = citizen.get().body(booking(slot)).post("/api/v1/home-appointments").then().statusCode(201)
                .body("status", equalTo("BOOKED")).body("agencyCode", equalTo("SKHCN")).extract().path("id");
        citizen.get().get("/api/v1/home-appointments").then().statusCode(200).body("id", hasItem(id))
                .body("bookedBy", everyItem(equalTo("citizen1")));
        counter.get().get("/api/v1/home-appointments?status=BOOKED").then().statusCode(200).body("id", hasItem(id));
        as("counter9", "SVHTTDL", "counter-officer").get().get("/api/v1/home-appointments").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.not(hasItem(id)));
        as("citizen2", null, "citizen").get().post("/api/v1/home-appointments/" + id + "/cancellation").then().statusCode(403);
        as("specialist1", "SKHCN", "specialist").get().get("/api/v1/home-appointments").then().statusCode(403);

        // at the visit the officer scans the papers and receives the dossier; it is the citizen's
        Supplier<RequestSpecification> scans = () -> given().header("Authorization", TestTokens.bearer("counter1", "SKHCN", "counter-officer"));
        String dossier = DossierSubmissions.complete("", DossierReceptionTest.body("001090012345"), "1.004227.000.00.00.H56", scans);
        as("counter9", "SVHTTDL", "counter-officer").get().body(dossier).post("/api/v1/home-appointments/" + id + "/dossier")
                .then().statusCode(403);
        String code = counter.get().body(dossier).post("/api/v1/home-appointments/" + id + "/dossier").then().statusCode(201)
                .body("channel", equalTo("HOME_APPOINTMENT")).body("nationalChannelCode", equalTo(1))
                .body("submittedBy", equalTo("citizen1")).body("receivedBy", equalTo("counter1"))
                .body("resultReturnChannel", equalTo("COUNTER")).extract().path("code");
        citizen.get().get("/api/v1/dossiers/" + code).then().statusCode(200);
        citizen.get().get("/api/v1/home-appointments").then().body("find { it.id == '" + id + "' }.status", equalTo("RECEIVED"))
                .body("find { it.id == '" + id + "' }.dossierCode", equalTo(code));
        counter.get().body(dossier).post("/api/v1/home-appointments/" + id + "/dossier").then().statusCode(409)
                .body("code", equalTo("appointment-closed"));
    }

    @Test
    void slotsMustBeWorkingHoursAheadAndWithinCapacity() {
        var citizen = as("citizen2", null, "citizen");
        citizen.get().body(booking(workingDay(8, 12, 0))).post("/api/v1/home-appointments").then().statusCode(400)
                .body("errors[0].field", equalTo("slotStart"));
        OffsetDateTime saturday = workingDay(8, 9, 0);
        while (saturday.getDayOfWeek() != java.time.DayOfWeek.SATURDAY) {
            saturday = saturday.plusDays(1);
        }
        citizen.get().body(booking(saturday)).post("/api/v1/home-appointments").then().statusCode(400);
        citizen.get().body(booking(OffsetDateTime.now().plusMinutes(30))).post("/api/v1/home-appointments").then().statusCode(400);
        citizen.get().body(booking(workingDay(8, 9, 0)).replace("1.004227", "9.999999")).post("/api/v1/home-appointments")
                .then().statusCode(400).body("errors[0].field", equalTo("procedureCode"));

        OffsetDateTime slot = workingDay(9, 14, 0);
        String first = citizen.get().body(booking(slot)).post("/api/v1/home-appointments").then().statusCode(201).extract().path("id");
        citizen.get().body(booking(slot)).post("/api/v1/home-appointments").then().statusCode(201);
        citizen.get().body(booking(slot)).post("/api/v1/home-appointments").then().statusCode(409).body("code", equalTo("slot-full"));
        // a cancellation frees the slot
        citizen.get().post("/api/v1/home-appointments/" + first + "/cancellation").then().statusCode(200).body("status", equalTo("CANCELLED"));
        citizen.get().body(booking(slot)).post("/api/v1/home-appointments").then().statusCode(201);
        citizen.get().post("/api/v1/home-appointments/" + first + "/cancellation").then().statusCode(409);
        as("counter1", "SKHCN", "counter-officer").get().body("{}").post("/api/v1/home-appointments/" + first + "/dossier")
                .then().statusCode(400);
    }
}
