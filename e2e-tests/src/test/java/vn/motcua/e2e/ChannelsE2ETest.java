package vn.motcua.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import vn.motcua.testsupport.DossierSubmissions;

/**
 * Every reception channel through the packaged services with real Keycloak tokens: postal staff, the one-stop
 * counter (with an authorised submitter), a booked home visit, and a supplement slip at the counter rendered by
 * notification-service.
 */
@org.junit.jupiter.api.extension.ExtendWith(SharedStack.Extension.class)
class ChannelsE2ETest {

    static SharedStack s;
    static String intake;
    static String processing;
    static String notification;
    static final String PROCEDURE = "1.004227.000.00.00.H56";

    @org.junit.jupiter.api.BeforeAll
    static void stack() {
        s = SharedStack.get();
        intake = s.url("intake-service");
        processing = s.url("processing-service");
        notification = s.url("notification-service");
    }

    static String applicant(String name, String id, String dob, String phone) {
        return """
                {"procedureCode":"%s","applicant":{"type":"INDIVIDUAL","fullName":"%s","citizenId":"%s","dateOfBirth":"%s",
                 "phone":"%s","address":"Thôn Đồng Sơn, xã Liêm Tuyền"}}""".formatted(PROCEDURE, name, id, dob, phone);
    }

    static String complete(String body, String token) {
        return DossierSubmissions.complete(intake, body, PROCEDURE, () -> given().auth().oauth2(token));
    }

    static void awaitCase(String code) {
        SharedStack.await(() -> given().auth().oauth2(s.tokens().of("specialist1")).get(processing + "/api/v1/cases/" + code),
                "case " + code);
    }

    @Test
    void postalCounterAndHomeVisitDossiersReachProcessing() {
        String postal = s.tokens().of("postal1");
        String body = complete(applicant("Lê Thị Mai", "035190004321", "1990-02-03", "0987000111"), postal);
        body = body.substring(0, body.lastIndexOf('}')) + ",\"postal\":{\"itemCode\":\"EE123456789VN\",\"feeCollectedVnd\":25000}}";
        String postalCode = given().auth().oauth2(postal).contentType(ContentType.JSON).body(body).post(intake + "/api/v1/dossiers")
                .then().statusCode(201).body("channel", equalTo("POSTAL")).body("nationalChannelCode", equalTo(3))
                .extract().path("code");

        String counter = s.tokens().of("counter1");
        String walkIn = applicant("Vũ Đức Thắng", "035080002222", "1980-07-07", "0904111222");
        walkIn = walkIn.substring(0, walkIn.lastIndexOf('}')) + """
                ,"submitter":{"fullName":"Vũ Thị Lan","citizenId":"035185003333","phone":"0904333444",
                 "authorisation":"Giấy ủy quyền ngày 20/11/2026"}}""";
        String counterCode = given().auth().oauth2(counter).contentType(ContentType.JSON).body(complete(walkIn, counter))
                .post(intake + "/api/v1/dossiers").then().statusCode(201).body("channel", equalTo("COUNTER"))
                .body("nationalChannelCode", equalTo(1)).body("submitterName", equalTo("Vũ Thị Lan")).extract().path("code");

        // a citizen books a visit on the third working day from now; the counter officer receives the dossier there
        String citizen = s.tokens().of("citizen2");
        String due = given().queryParam("workingDays", 3).queryParam("receivedAt",
                        OffsetDateTime.now(ZoneOffset.ofHours(7)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString())
                .get(processing + "/api/v1/calendar/due-date").then().statusCode(200).extract().path("dueAt");
        OffsetDateTime slot = OffsetDateTime.of(OffsetDateTime.parse(due).toLocalDate(), LocalTime.of(9, 0), ZoneOffset.ofHours(7));
        String booking = given().auth().oauth2(citizen).contentType(ContentType.JSON).body("""
                {"procedureCode":"%s","fullName":"Trịnh Văn Hòa","phone":"0913555666","address":"Xóm 3, xã Ba Sao",
                 "slotStart":"%s"}""".formatted(PROCEDURE, slot)).post(intake + "/api/v1/home-appointments")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(counter).get(intake + "/api/v1/home-appointments?status=BOOKED").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem(booking));
        String homeCode = given().auth().oauth2(counter).contentType(ContentType.JSON)
                .body(complete(applicant("Trịnh Văn Hòa", "035075004444", "1975-01-01", "0913555666"), counter))
                .post(intake + "/api/v1/home-appointments/" + booking + "/dossier").then().statusCode(201)
                .body("channel", equalTo("HOME_APPOINTMENT")).body("submittedBy", equalTo("citizen2")).extract().path("code");
        given().auth().oauth2(citizen).get(intake + "/api/v1/dossiers/" + homeCode).then().statusCode(200);

        for (String code : new String[] {postalCode, counterCode, homeCode}) {
            awaitCase(code);
        }
        // the postal clerk's receipt lists the components received
        Response letters = SharedStack.await(() -> {
            Response r = given().auth().oauth2(postal).get(notification + "/api/v1/letters?dossierCode=" + postalCode);
            return r.statusCode() == 200 && r.jsonPath().getList("items").size() == 1 ? r : null;
        }, "receipt of " + postalCode);
        byte[] pdf = given().auth().oauth2(postal).get(notification + "/api/v1/letters/" + letters.path("items[0].id") + "/pdf")
                .then().statusCode(200).extract().asByteArray();
        assertThat(OfficerE2ETest.pdfText(pdf)).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Mã hồ sơ: " + postalCode,
                "Tên thành phần hồ sơ", "Bản chính", "qua dịch vụ bưu chính công ích");
    }

    @Test
    void aCitizenWithdrawsAnOnlineDossierAndBothServicesCloseIt() {
        String citizen = s.tokens().of("citizen1");
        String code = given().auth().oauth2(citizen).contentType(ContentType.JSON)
                .body(complete(applicant("Nguyễn Văn An", "035090001111", "1990-05-05", "0912345678"), citizen))
                .post(intake + "/api/v1/dossiers").then().statusCode(201).body("channel", equalTo("ONLINE")).extract().path("code");
        awaitCase(code);
        given().auth().oauth2(citizen).contentType(ContentType.JSON).body("{\"reason\":\"Nộp nhầm thủ tục\"}")
                .post(intake + "/api/v1/dossiers/" + code + "/withdrawal").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        SharedStack.await(() -> {
            Response r = given().auth().oauth2(s.tokens().of("specialist1")).get(processing + "/api/v1/cases/" + code);
            return "WITHDRAWN".equals(r.path("state")) ? r : null;
        }, "case " + code + " withdrawn");
        given().auth().oauth2(citizen).get(intake + "/api/v1/dossiers/" + code).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void anIncompleteWalkInGetsASupplementSlipAsPdf() {
        String counter = s.tokens().of("counter1");
        String id = given().auth().oauth2(counter).contentType(ContentType.JSON).body("""
                {"kind":"SUPPLEMENT","procedureCode":"1.000948.000.00.00.H56","broughtComponents":["DON","BCDG"],
                 "applicant":{"type":"INDIVIDUAL","fullName":"Hoàng Văn Nam","citizenId":"035088001234","dateOfBirth":"1988-03-03",
                              "phone":"0915111222","address":"Xã Liêm Tuyền"}}""").post(intake + "/api/v1/reception-slips")
                .then().statusCode(201).extract().path("id");
        Response letters = SharedStack.await(() -> {
            Response r = given().auth().oauth2(counter).get(notification + "/api/v1/letters?dossierCode=" + id);
            return r.statusCode() == 200 && r.jsonPath().getList("items").size() == 1 ? r : null;
        }, "supplement slip " + id);
        byte[] pdf = given().auth().oauth2(counter).get(notification + "/api/v1/letters/" + letters.path("items[0].id") + "/pdf")
                .then().statusCode(200).extract().asByteArray();
        assertThat(OfficerE2ETest.pdfText(pdf)).contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Ông/Bà Hoàng Văn Nam",
                "Giấy chứng nhận đăng ký doanh nghiệp").doesNotContain("Báo cáo đánh giá an toàn bức xạ");
        given().auth().oauth2(s.tokens().of("citizen1")).get(notification + "/api/v1/letters?dossierCode=" + id).then()
                .statusCode(200).body("items", org.hamcrest.Matchers.hasSize(0));
    }
}
