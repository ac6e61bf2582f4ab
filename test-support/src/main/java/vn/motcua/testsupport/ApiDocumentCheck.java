package vn.motcua.testsupport;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.motcua.platform.events.schema.Spectral;

/**
 * A service's OpenAPI document as it serves it, compared with the one published under {@code docs/api/} (which the
 * generated clients are built from) and linted with Spectral's {@code spectral:oas} rules. After changing an API,
 * regenerate with {@code -Dmotcua.contract.write=true} on the service's {@code OpenApiDocumentTest} and commit.
 */
public final class ApiDocumentCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiDocumentCheck() {
    }

    public static Path published(String service) {
        return vn.motcua.platform.events.schema.Repository.root().resolve("docs/api").resolve(service + ".openapi.json");
    }

    /** The document the running test application serves, pretty-printed, written over the published one if asked. */
    public static JsonNode served(String service) throws IOException {
        JsonNode doc = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        if (Boolean.getBoolean("motcua.contract.write")) {
            Files.createDirectories(published(service).getParent());
            Files.writeString(published(service), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n");
        }
        return doc;
    }

    public static JsonNode publishedDocument(String service) throws IOException {
        return JSON.readTree(published(service).toFile());
    }

    /** Spectral's findings (error, warning, information) on the published document. */
    public static List<String> lint(String service) throws IOException, InterruptedException {
        return Spectral.lint(published(service), "openapi.spectral.yaml");
    }
}
