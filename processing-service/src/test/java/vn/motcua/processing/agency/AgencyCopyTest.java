package vn.motcua.processing.agency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.Topics;
import vn.motcua.processing.casefile.DossierCase;

/** processing learns agencies from the directory's topic and from the dossier itself, newest version winning. */
@QuarkusTest
class AgencyCopyTest {

    @Inject
    AgencyCopy agencies;

    static String profile(String code, long version, String hours) {
        return """
                {"code":"%s","version":%d,"name":"Ủy ban nhân dân xã Thử Nghiệm","level":"COMMUNE","kind":"PEOPLES_COMMITTEE",
                 "parentCode":"UBNDKB","exchangeId":"000.77.33.H56","placeName":"Thử Nghiệm","officeHours":%s,
                 "letterhead":{"governingBody":"UBND HUYỆN KIM BẢNG","printedName":"ỦY BAN NHÂN DÂN XÃ THỬ NGHIỆM",
                   "displayName":"Ủy ban nhân dân xã Thử Nghiệm","place":"Thử Nghiệm","headTitle":"CHỦ TỊCH","symbol":"UBND"},
                 "postalPoints":[],"active":true}""".formatted(code, version, hours);
    }

    static String agencyEvent(String code, long version, String hours) {
        return """
                {"specversion":"1.0","id":"%s","source":"/motcua/intake-service","type":"vn.motcua.intake.agency.published.v1",
                 "subject":"%s","time":"2026-11-24T02:00:00Z","datacontenttype":"application/json","data":%s}"""
                .formatted(UUID.randomUUID(), code, profile(code, version, hours));
    }

    static void send(String topic, String key, String value) throws Exception {
        vn.motcua.testsupport.KafkaRecords.send(topic, key, value);
    }

    String hours(String code) {
        return QuarkusTransaction.requiringNew().call(() -> agencies.officeHours(code).orElse(null));
    }

    @Test
    void aDossierOfAnAgencyNeverHeardOfOpensItsCaseWithThatAgencysOfficeHours() throws Exception {
        String agency = "XTN" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String code = vn.motcua.processing.support.CaseFixtures.newCode("000.77.33.H56");
        String event = """
                {"specversion":"1.0","id":"%s","source":"/motcua/intake-service","type":"vn.motcua.intake.dossier.accepted.v1",
                 "subject":"%s","time":"2026-11-24T02:00:00Z","datacontenttype":"application/json",
                 "data":{"dossierCode":"%s","procedureCode":"1.000894.000.00.00.H56","procedureVersion":1,
                   "procedureName":"Đăng ký kết hôn","agencyCode":"%s","agencyName":"UBND xã Thử Nghiệm","channel":"ONLINE",
                   "nationalChannelCode":2,"resultReturnChannel":"ONLINE","ruleSet":"DECREE_118_2025",
                   "applicant":{"type":"INDIVIDUAL","name":"Nguyễn Văn An","phone":"0912345678","email":"an@example.vn","address":"Ba Sao"},
                   "submittedBy":"citizen1","receivedAt":"2026-11-24T09:00:00+07:00","countingStartsAt":"2026-11-24T09:00:00+07:00",
                   "appointmentAt":"2026-11-27T09:00:00+07:00","timeLimitAmount":3,"timeLimitUnit":"WORKING_DAYS","scheduleVersion":"2026.1",
                   "agency":%s}}""".formatted(UUID.randomUUID(), code, code, agency, profile(agency, 1, "[\"08:00-12:00\",\"13:00-17:00\"]"));
        send(Topics.INTAKE_DOSSIER_EVENTS, code, event);
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> DossierCase.count("dossierCode", code)) == 1);
        assertThat(hours(agency)).isEqualTo("08:00-12:00,13:00-17:00");
        // the calendar API now knows the agency: 3 working days from 16:30 with 17:00 closing
        given().queryParam("receivedAt", "2026-11-24T16:30:00+07:00").queryParam("workingHours", "1").queryParam("agency", agency)
                .get("/api/v1/calendar/due-date").then().statusCode(200).body("dueAt", equalTo("2026-11-25T08:30:00+07:00"));
    }

    @Test
    void theNewestVersionWinsWhateverTheOrderOfArrival() throws Exception {
        String agency = "XTN" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        send(Topics.AGENCIES, agency, agencyEvent(agency, 2, "[\"07:30-11:30\",\"13:30-17:30\"]"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "07:30-11:30,13:30-17:30".equals(hours(agency)));
        send(Topics.AGENCIES, agency, agencyEvent(agency, 1, "[\"08:00-12:00\"]")); // older, late
        send(Topics.AGENCIES, agency, agencyEvent(agency, 3, "[\"07:00-11:00\",\"13:00-17:00\"]"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "07:00-11:00,13:00-17:00".equals(hours(agency)));
    }

    @Test
    void theCalendarApiRefusesAnAgencyNobodyPublished() {
        given().queryParam("receivedAt", "2026-11-24T16:30:00+07:00").queryParam("workingHours", "1").queryParam("agency", "NOPE")
                .get("/api/v1/calendar/due-date").then().statusCode(400).contentType("application/problem+json");
    }
}
