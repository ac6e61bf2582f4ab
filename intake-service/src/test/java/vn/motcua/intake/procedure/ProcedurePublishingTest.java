package vn.motcua.intake.procedure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.motcua.testsupport.DossierSubmissions;
import vn.motcua.testsupport.TestTokens;

/** Admins publish versions; a dossier keeps the version it was received under. */
@QuarkusTest
class ProcedurePublishingTest {

    static Supplier<RequestSpecification> as(String user, String agency, String role) {
        return () -> given().header("Authorization", TestTokens.bearer(user, agency, role)).contentType("application/json");
    }

    static String procedure(String code, String components) {
        return """
                {"code":"%s","name":"Cấp Giấy phép hoạt động thư viện tư nhân","field":"Thư viện","agencyCode":"SVHTTDL",
                 "level":"PROVINCE","timeLimitAmount":5,"timeLimitUnit":"WORKING_DAYS","feeVnd":0,"onlineLevel":"FULL",
                 "postalReceipt":true,"postalReturn":true,"components":[%s],
                 "internalProcess":[{"caseState":"IN_PROCESS","name":"Thẩm định","unit":"Phòng Văn hóa","role":"specialist","sharePercent":70},
                                    {"caseState":"AWAITING_APPROVAL","name":"Phê duyệt","unit":"Lãnh đạo Sở","role":"leader","sharePercent":30}]}
                """.formatted(code, components);
    }

    static final String DON = """
            {"code":"DON","name":"Đơn đề nghị","mandatory":true,"form":"ORIGINAL","quantity":1,"mustBeSigned":false,"acceptedTypes":["application/pdf"]}""";
    static final String NOI_QUY = """
            {"code":"NQ","name":"Nội quy thư viện","mandatory":true,"form":"ORIGINAL","quantity":1,"mustBeSigned":false,"acceptedTypes":["application/pdf"]}""";

    static String submit(String code) {
        var citizen = (Supplier<RequestSpecification>) () -> given().header("Authorization", TestTokens.bearer("citizen1", null, "citizen"));
        String body = """
                {"procedureCode":"%s","applicant":{"type":"INDIVIDUAL","fullName":"Đỗ Minh Châu","citizenId":"035095001111",
                 "dateOfBirth":"1995-01-01","phone":"0912000111","address":"Phủ Lý"}}""".formatted(code);
        return citizen.get().contentType("application/json").body(DossierSubmissions.complete("", body, code, citizen))
                .post("/api/v1/dossiers").then().statusCode(201).extract().path("code");
    }

    @Test
    void aNewVersionAppliesToNewDossiersWhileEarlierOnesKeepTheirs() {
        String code = "2.009999." + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase() + ".H56";
        var admin = as("admin1", null, "admin");
        admin.get().body(procedure(code, DON)).post("/api/v1/procedures").then().statusCode(201)
                .body("version", equalTo(1)).body("components.code", contains("DON"));
        admin.get().body(procedure(code, DON)).post("/api/v1/procedures").then().statusCode(409);
        String first = submit(code);

        admin.get().body(procedure(code, DON + "," + NOI_QUY)).put("/api/v1/procedures/" + code).then().statusCode(200)
                .body("version", equalTo(2)).body("components.code", contains("DON", "NQ"));
        String second = submit(code);

        var citizen = as("citizen1", null, "citizen");
        citizen.get().get("/api/v1/dossiers/" + first).then().body("procedureVersion", equalTo(1));
        citizen.get().get("/api/v1/dossiers/" + second).then().body("procedureVersion", equalTo(2));
        given().get("/api/v1/procedures/" + code + "/versions/1").then().statusCode(200).body("components.code", contains("DON"));
        given().get("/api/v1/procedures/" + code).then().statusCode(200).body("version", equalTo(2))
                .body("internalProcess.sharePercent", contains(70, 30));

        // withdrawn from reception by a version marked inactive
        admin.get().body(procedure(code, DON).replace("\"components\"", "\"active\":false,\"components\"")).put("/api/v1/procedures/" + code)
                .then().statusCode(200).body("version", equalTo(3));
        citizen.get().body("{\"procedureCode\":\"" + code + "\",\"applicant\":{\"type\":\"INDIVIDUAL\",\"fullName\":\"A\","
                        + "\"citizenId\":\"035095001111\",\"phone\":\"0912000111\",\"address\":\"Phủ Lý\"}}")
                .post("/api/v1/dossiers").then().statusCode(422).body("code", equalTo("inactive-procedure"));
    }

    @Test
    void onlyAdminsPublishAndBadVersionsAreRefused() {
        String code = "2.009999." + java.util.UUID.randomUUID().toString().substring(0, 8).toUpperCase() + ".H56";
        as("leader1", "SVHTTDL", "leader").get().body(procedure(code, DON)).post("/api/v1/procedures").then().statusCode(403);
        given().contentType("application/json").body(procedure(code, DON)).post("/api/v1/procedures").then().statusCode(401);
        var admin = as("admin1", null, "admin");
        admin.get().body(procedure(code, DON).replace("SVHTTDL", "NOPE")).post("/api/v1/procedures").then().statusCode(400)
                .body("errors[0].field", equalTo("agencyCode"));
        admin.get().body(procedure(code, DON + "," + DON)).post("/api/v1/procedures").then().statusCode(400)
                .body("errors[0].field", equalTo("components"));
        admin.get().body(procedure(code, DON).replace("\"sharePercent\":30", "\"sharePercent\":20")).post("/api/v1/procedures")
                .then().statusCode(400).body("errors[0].field", equalTo("internalProcess"));
        admin.get().body(procedure(code, DON.replace("application/pdf", "application/x-msdownload"))).post("/api/v1/procedures")
                .then().statusCode(400);
        admin.get().body(procedure(code, DON)).put("/api/v1/procedures/" + code).then().statusCode(404);
        given().get("/api/v1/procedures/" + code).then().statusCode(404);
    }
}
