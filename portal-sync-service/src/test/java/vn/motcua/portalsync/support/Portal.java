package vn.motcua.portalsync.support;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/** The simulated portal as a test sees it: over HTTP, through its read and control endpoints. */
public final class Portal {

    private Portal() {
    }

    public static String url() {
        return ConfigProvider.getConfig().getValue("motcua.portal.url", String.class);
    }

    /** What the portal accepted for a dossier, oldest first. */
    public static List<Map<String, Object>> received(String code) {
        return given().baseUri(url()).queryParam("dossierCode", code).get("/received").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    public static List<Integer> statuses(String code) {
        return received(code).stream().map(r -> (Integer) r.get("status")).toList();
    }

    public static List<String> operations(String code) {
        return received(code).stream().map(r -> (String) r.get("operation")).toList();
    }

    public static JsonPath receivedJson(String code) {
        return given().baseUri(url()).queryParam("dossierCode", code).get("/received").then().statusCode(200).extract().jsonPath();
    }

    public static void fail(String mode, int times) {
        control("/control/fail", "{\"mode\":\"" + mode + "\",\"times\":" + times + "}");
    }

    public static void clear() {
        control("/control/clear", "{}");
    }

    public static void plant(String code, int status) {
        control("/control/plant", "{\"dossierCode\":\"" + code + "\",\"status\":" + status + "}");
    }

    public static void publishTimeLimit(String procedure, int days) {
        given().baseUri(url()).contentType("application/json").body("{\"timeLimitWorkingDays\":" + days + "}")
                .put("/control/procedures/" + procedure).then().statusCode(200);
    }

    private static void control(String path, String body) {
        given().baseUri(url()).contentType("application/json").body(body).post(path).then().statusCode(200);
    }
}
