package vn.motcua.testsupport;

import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Builds a complete submission: one small PDF uploaded per mandatory component the catalogue lists. */
public final class DossierSubmissions {

    private DossierSubmissions() {
    }

    /** A minimal, valid one-page PDF whose text differs per call site, so files are not all the same content. */
    public static byte[] pdf(String text) {
        String content = "BT /F1 12 Tf 72 720 Td (" + text.replaceAll("[^A-Za-z0-9 ]", "") + ") Tj ET";
        String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
                + "4 0 obj<</Length " + content.length() + ">>stream\n" + content + "\nendstream endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n";
        return body.getBytes(StandardCharsets.US_ASCII);
    }

    /** The mandatory component codes of a procedure, read from the public catalogue at {@code baseUrl}. */
    public static List<String> mandatory(String baseUrl, String procedureCode) {
        return io.restassured.RestAssured.given().get(baseUrl + "/api/v1/procedures/" + procedureCode).then()
                .statusCode(200).extract().jsonPath().getList("components.findAll { it.mandatory }.code", String.class);
    }

    /** Uploads one PDF as the caller; returns the upload id. */
    public static String upload(String baseUrl, Supplier<RequestSpecification> as, String text) {
        return as.get().contentType("application/pdf").header("X-File-Name", text + ".pdf").body(pdf(text))
                .post(baseUrl + "/api/v1/uploads").then().statusCode(201).extract().path("id");
    }

    /** {@code body} (a JSON object without components) with an uploaded PDF for every mandatory component. */
    public static String complete(String baseUrl, String body, String procedureCode, Supplier<RequestSpecification> as) {
        return withComponents(body, mandatory(baseUrl, procedureCode).stream()
                .map(code -> new String[] {code, upload(baseUrl, as, code + " " + System.nanoTime())}).toList());
    }

    /** {@code body} with the given (component code, upload id) pairs. */
    public static String withComponents(String body, List<String[]> components) {
        String list = components.stream().map(c -> "{\"code\":\"" + c[0] + "\",\"uploadId\":\"" + c[1] + "\"}")
                .collect(Collectors.joining(","));
        return "{\"components\":[" + list + "]," + body.strip().substring(1);
    }
}
