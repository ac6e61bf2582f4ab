package vn.motcua.testsupport;

import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.motcua.signature.testing.TestPki;

/** Builds a complete submission: one small PDF uploaded per mandatory component the catalogue lists. */
public final class DossierSubmissions {

    private DossierSubmissions() {
    }

    /** The mandatory component codes of a procedure, read from the public catalogue at {@code baseUrl}. */
    public static List<String> mandatory(String baseUrl, String procedureCode) {
        return io.restassured.RestAssured.given().get(baseUrl + "/api/v1/procedures/" + procedureCode).then()
                .statusCode(200).extract().jsonPath().getList("components.findAll { it.mandatory }.code", String.class);
    }

    /** Uploads one PDF as the caller; returns the upload id. */
    public static String upload(String baseUrl, Supplier<RequestSpecification> as, String text) {
        return as.get().contentType("application/pdf").header("X-File-Name", text + ".pdf").body(TestPki.pdf(text))
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
