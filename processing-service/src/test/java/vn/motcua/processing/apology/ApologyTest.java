package vn.motcua.processing.apology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.motcua.processing.support.CaseFixtures.as;
import static vn.motcua.processing.support.CaseFixtures.leader1;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.EventTypes;
import vn.motcua.platform.outbox.OutboxEvent;
import vn.motcua.processing.support.CaseFixtures;

@QuarkusTest
class ApologyTest {

    @Inject
    CaseFixtures fixtures;

    static String body(OffsetDateTime newDue, boolean deputy) {
        return """
                {"reason":"Cần xin ý kiến Bộ Khoa học và Công nghệ","newDueAt":"%s",
                 "signerName":"Trần Thị Bình","signerTitle":"GIÁM ĐỐC","onBehalfOfHead":%s%s}"""
                .formatted(newDue, deputy, deputy ? ",\"deputyTitle\":\"PHÓ GIÁM ĐỐC\"" : "");
    }

    @Test
    void theLeaderSetsANewDateOnceAndTheLetterEventCarriesIt() {
        String code = fixtures.openFresh();
        OffsetDateTime due = CaseFixtures.load(code).dueAt();
        OffsetDateTime newDue = fixtures.calc().plusWorkingMinutes(due, 5 * 480);

        as("specialist1", "SKHCN", "specialist").body(body(newDue, false)).post("/api/v1/cases/" + code + "/apology")
                .then().statusCode(403);
        as("leader9", "SVHTTDL", "leader").body(body(newDue, false)).post("/api/v1/cases/" + code + "/apology")
                .then().statusCode(403);
        leader1().body(body(due.minusDays(1), false)).post("/api/v1/cases/" + code + "/apology").then().statusCode(400)
                .body("errors[0].field", equalTo("newDueAt"));
        OffsetDateTime sunday = due.plusDays(14);
        while (sunday.getDayOfWeek() != DayOfWeek.SUNDAY) {
            sunday = sunday.plusDays(1);
        }
        leader1().body(body(sunday, false)).post("/api/v1/cases/" + code + "/apology").then().statusCode(400)
                .body("detail_vi", containsString("ngày làm việc"));
        leader1().body(body(newDue, true).replace(",\"deputyTitle\":\"PHÓ GIÁM ĐỐC\"", ""))
                .post("/api/v1/cases/" + code + "/apology").then().statusCode(400)
                .body("errors[0].field", equalTo("deputyTitle"));
        leader1().body("{\"reason\":\"\"}").post("/api/v1/cases/" + code + "/apology").then().statusCode(400);

        leader1().body(body(newDue, true)).post("/api/v1/cases/" + code + "/apology").then().statusCode(200)
                .body("dueAt", equalTo(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(newDue)))
                .body("apology.onBehalfOfHead", equalTo(true))
                .body("log[-1].action", equalTo("APOLOGY"));
        assertThat(CaseFixtures.load(code).dueAt()).isEqualTo(newDue);
        assertThat(CaseFixtures.load(code).originalDueAt).isEqualTo(due);

        // at most once
        leader1().body(body(newDue.plusDays(7), false)).post("/api/v1/cases/" + code + "/apology").then().statusCode(409)
                .body("code", equalTo("apology-already-issued")).body("detail_vi", containsString("một lần"));
        assertThat(CaseFixtures.load(code).dueAt()).isEqualTo(newDue);

        assertThat(CaseFixtures.events(code, EventTypes.CASE_APOLOGY_ISSUED)).isEqualTo(1);
        String payload = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>find(
                "key = ?1 AND type = ?2", code, EventTypes.CASE_APOLOGY_ISSUED).firstResult().payload);
        assertThat(payload).contains("\"previousDueAt\":\"" + java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        due.withOffsetSameInstant(java.time.ZoneOffset.ofHours(7))) + "\"")
                .contains("Trần Thị Bình").contains("PHÓ GIÁM ĐỐC").contains("\"ruleSet\":\"DECREE_118_2025\"")
                .contains("Nguyễn Văn An");
    }

    @Test
    void tooLateWithinTheLastWorkingDay() {
        var calc = fixtures.calc();
        // received 9.5 working days ago with a 10-day limit: due in half a working day
        String code = fixtures.open(calc.minusWorkingMinutes(OffsetDateTime.now(), 9 * 480 + 240), 10, vn.motcua.platform.events.contract.SupplementClockMode.PAUSE);
        OffsetDateTime due = CaseFixtures.load(code).dueAt();
        leader1().body(body(calc.plusWorkingMinutes(due, 3 * 480), false)).post("/api/v1/cases/" + code + "/apology")
                .then().statusCode(409).body("code", equalTo("apology-too-late"))
                .body("detail_vi", containsString("01 ngày làm việc"));
        assertThat(CaseFixtures.load(code).dueAt()).isEqualTo(due);
        assertThat(CaseFixtures.events(code, EventTypes.CASE_APOLOGY_ISSUED)).isZero();
    }
}
