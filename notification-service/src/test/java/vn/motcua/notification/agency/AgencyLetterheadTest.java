package vn.motcua.notification.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import java.time.Duration;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.motcua.notification.letter.Letter;
import vn.motcua.platform.events.EventTypes;
import vn.motcua.platform.events.Topics;
import vn.motcua.notification.support.Events;

/**
 * Letters take their header from the agency directory: a commune notification never heard of gets its receipt with
 * its own place line; a letter for an agency nobody published is dead-lettered, never printed with an empty place.
 */
@QuarkusTest
class AgencyLetterheadTest {

    @Inject
    EntityManager em;

    static String profile(String code, String place) {
        return """
                {"code":"%s","version":1,"name":"Ủy ban nhân dân xã %s","level":"COMMUNE","kind":"PEOPLES_COMMITTEE",
                 "parentCode":"UBNDKB","exchangeId":"000.77.33.H56","placeName":"%s","officeHours":["07:00-11:30","13:30-17:00"],
                 "letterhead":{"governingBody":"UBND HUYỆN KIM BẢNG","printedName":"ỦY BAN NHÂN DÂN XÃ %s",
                   "displayName":"Ủy ban nhân dân xã %s","place":"%s","headTitle":"CHỦ TỊCH","symbol":"UBND"},
                 "postalPoints":[],"active":true}""".formatted(code, place, place, place.toUpperCase(java.util.Locale.forLanguageTag("vi")), place, place);
    }

    static String accepted(String code, String agency, String agencyJson) {
        return """
                {"specversion":"1.0","id":"%s","source":"/motcua/intake-service","type":"vn.motcua.intake.dossier.accepted.v1",
                 "subject":"%s","time":"2026-11-24T02:00:00Z","datacontenttype":"application/json",
                 "data":{"dossierCode":"%s","procedureCode":"1.000894.000.00.00.H56","procedureVersion":1,
                   "procedureName":"Đăng ký kết hôn","agencyCode":"%s","agencyName":"Ủy ban nhân dân xã","channel":"ONLINE",
                   "nationalChannelCode":2,"resultReturnChannel":"ONLINE","ruleSet":"DECREE_118_2025",
                   "applicant":{"type":"INDIVIDUAL","name":"Nguyễn Văn An","phone":"0912345678","email":"an@example.vn","address":"Ba Sao"},
                   "submittedBy":"citizen1","receivedAt":"2026-11-24T09:00:00+07:00","countingStartsAt":"2026-11-24T09:00:00+07:00",
                   "appointmentAt":"2026-11-27T09:00:00+07:00","timeLimitAmount":3,"timeLimitUnit":"WORKING_DAYS","scheduleVersion":"2026.1",
                   "agency":%s}}""".formatted(UUID.randomUUID(), code, code, agency, agencyJson);
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        }
    }

    static Letter receipt(String code) {
        return QuarkusTransaction.requiringNew().call(() -> Letter.<Letter>find("dossierCode = ?1 AND kind = 'RECEIPT'", code)
                .firstResultOptional().orElse(null));
    }

    @Test
    void aReceiptOfACommuneNeverHeardOfCarriesItsOwnPlaceAndHeader() throws Exception {
        String agency = "XTN" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String code = "000.77.33.H56-261124-" + UUID.randomUUID().toString().substring(0, 6);
        Events.publish(Topics.INTAKE_DOSSIER_EVENTS, code, accepted(code, agency, profile(agency, "Thanh Sơn")));
        await().atMost(Duration.ofSeconds(40)).until(() -> receipt(code) != null);
        byte[] bytes = QuarkusTransaction.requiringNew().call(() -> Letter.<Letter>find(
                "dossierCode = ?1 AND kind = 'RECEIPT'", code).firstResult().pdf);
        String pdf = text(bytes);
        assertThat(pdf).contains("UBND HUYỆN KIM BẢNG", "ỦY BAN NHÂN DÂN XÃ THANH SƠN", "Thanh Sơn, ngày")
                .doesNotContain(" , ngày");
    }

    @Test
    void aLetterOfAnAgencyNobodyPublishedIsDeadLetteredNotPrintedWithoutAPlace() {
        String code = "000.88.33.H56-261125-" + UUID.randomUUID().toString().substring(0, 6);
        String id = Events.newId();
        String data = vn.motcua.notification.letter.ApologyDeliveryTest.apology(code, "x@example.vn")
                .replace("\"agency\":{\"code\":\"SKHCN\"", "\"agency\":{\"code\":\"NOBODY\"");
        Events.publish(Topics.PROCESSING_CASE_EVENTS, code, Events.event(id, EventTypes.CASE_APOLOGY_ISSUED, code, data));
        await().atMost(Duration.ofSeconds(40)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM dead_letter WHERE event_id = :e AND reason LIKE '%NOBODY%'")
                .setParameter("e", id).getSingleResult()).intValue()) == 1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Letter.count("dossierCode", code))).isZero();
    }
}
