package vn.motcua.processing.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class CalendarResourceTest {

    @Test
    void dueDateAcrossTet2026() {
        given().queryParam("receivedAt", "2026-02-12T10:00+07:00").queryParam("workingDays", 3)
                .get("/api/v1/calendar/due-date")
                .then().statusCode(200)
                .body("dueAt", equalTo("2026-02-24T10:00:00+07:00"))
                .body("countingStartsAt", equalTo("2026-02-12T10:00:00+07:00"))
                .body("scheduleVersion", equalTo("2026.1"));
    }

    @Test
    void dueDateInWorkingHoursForAnAgencyWithItsOwnOfficeHours() {
        // BDTP works 07:30-11:30 and 13:30-17:30; receipt at 07:00 counts from 07:30
        given().queryParam("receivedAt", "2026-11-24T07:00+07:00").queryParam("workingHours", 5).queryParam("agency", "BDTP")
                .get("/api/v1/calendar/due-date")
                .then().statusCode(200)
                .body("countingStartsAt", equalTo("2026-11-24T07:30:00+07:00"))
                .body("dueAt", equalTo("2026-11-24T14:30:00+07:00"));
    }

    @Test
    void nonWorkingDaysListsAllThreeKinds() {
        given().queryParam("year", 2026).get("/api/v1/calendar/non-working-days")
                .then().statusCode(200)
                .body("date", hasItems("2026-01-02", "2026-01-10", "2026-02-17", "2026-08-22", "2026-08-31"))
                .body("kind", hasItems("HOLIDAY", "COMPENSATORY_DAY_OFF", "MAKE_UP_WORKING_DAY"))
                .body("find { it.date == '2026-01-10' }.kind", equalTo("MAKE_UP_WORKING_DAY"));
    }

    @Test
    void lunarDate() {
        given().queryParam("date", "2026-02-17").get("/api/v1/calendar/lunar")
                .then().statusCode(200)
                .body("day", equalTo(1)).body("month", equalTo(1)).body("year", equalTo(2026)).body("leapMonth", equalTo(false));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "receivedAt=2026-11-24T09:00%2B07:00&workingDays=-1",
            "receivedAt=2026-11-24T09:00%2B07:00&workingDays=100000",
            "receivedAt=2026-11-24T09:00%2B07:00&workingDays=2&workingHours=3",
            "receivedAt=2026-11-24T09:00%2B07:00",
            "receivedAt=24/11/2026&workingDays=2",
            "receivedAt=2026-11-24T09:00&workingDays=2",
            "receivedAt=2026-11-24T09:00%2B07:00&workingDays=2&agency=NOPE",
            "receivedAt=1999-11-24T09:00%2B07:00&workingDays=2",
            "receivedAt=2026-11-24T09:00%2B07:00&workingDays=abc",
            "receivedAt=2026-11-24T09:00%2B07:00&workingDays=2&cutOff=25:99",
    })
    void badDueDateInputIsA400Problem(String query) {
        given().urlEncodingEnabled(false).get("/api/v1/calendar/due-date?" + query)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void badYearsAndDatesAre400() {
        given().queryParam("year", 1990).get("/api/v1/calendar/non-working-days").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/calendar/non-working-days").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("date", "2026-13-01").get("/api/v1/calendar/lunar").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("date", "2300-01-01").get("/api/v1/calendar/lunar").then().statusCode(400).contentType("application/problem+json");
    }

    static final String SCHEDULE_2027 = """
            {"version": "2027.1", "source": "test announcement",
             "days": [{"date": "2027-01-01", "kind": "HOLIDAY", "reason": "Tết Dương lịch"},
                      {"date": "2027-02-03", "kind": "HOLIDAY", "reason": "Tết"},
                      {"date": "2027-02-04", "kind": "HOLIDAY", "reason": "Tết"},
                      {"date": "2027-02-05", "kind": "HOLIDAY", "reason": "Tết"},
                      {"date": "2027-02-08", "kind": "COMPENSATORY_DAY_OFF", "reason": "Tết"},
                      {"date": "2027-02-09", "kind": "COMPENSATORY_DAY_OFF", "reason": "Tết"},
                      {"date": "2027-02-20", "kind": "MAKE_UP_WORKING_DAY", "reason": "làm bù"}]}""";

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void anAdminReplacesAYearAndEveryComputationSaysWhichVersionItUsed() {
        given().contentType(ContentType.JSON).body(SCHEDULE_2027).put("/api/v1/calendar/schedules/2027")
                .then().statusCode(200).body("version", equalTo("2027.1")).body("official", equalTo(true));
        // Tue 2/2/2027 + 1 working day skips 3/2..9/2 under the new data
        given().queryParam("receivedAt", "2027-02-02T09:00+07:00").queryParam("workingDays", 1)
                .get("/api/v1/calendar/due-date")
                .then().statusCode(200).body("dueAt", equalTo("2027-02-10T09:00:00+07:00")).body("scheduleVersion", equalTo("2027.1"));
        given().get("/api/v1/calendar/schedules/2027/audit").then().statusCode(200)
                .body("newVersion", hasItem("2027.1")).body("changedBy", hasItem("admin1"));
    }

    @Test
    @TestSecurity(user = "admin1", roles = "admin")
    void anInvalidScheduleIsRefusedAndTheOldOneStays() {
        given().contentType(ContentType.JSON)
                .body("{\"version\": \"2026.9\", \"source\": \"x\", \"days\": [{\"date\": \"2026-11-28\", \"kind\": \"HOLIDAY\"}]}")
                .put("/api/v1/calendar/schedules/2026")
                .then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/calendar/schedules/2026").then().statusCode(200).body("version", equalTo("2026.1"));
    }

    @Test
    @TestSecurity(user = "specialist1", roles = "specialist")
    void onlyAnAdminMayChangeASchedule() {
        given().contentType(ContentType.JSON).body(SCHEDULE_2027).put("/api/v1/calendar/schedules/2027")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anonymousMayNotChangeASchedule() {
        given().contentType(ContentType.JSON).body(SCHEDULE_2027).put("/api/v1/calendar/schedules/2027").then().statusCode(401);
    }
}
