package vn.motcua.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.security.Roles;

/**
 * Finishes every service's OpenAPI document the same way, so that a client generated from it is typed end to end:
 * <ul>
 *   <li>the RFC 9457 {@code Problem} schema (with the Vietnamese fields and {@code errors[]}), on every error response,
 *       as {@code application/problem+json} — which is what every error of these services is;</li>
 *   <li>the error responses an operation can give whatever its code: 400 when it takes input, 401 and 403 when it
 *       needs a token, 404 when its path names a record; the specific ones (409, 412, 413, 415, 422) are declared on
 *       the operations themselves;</li>
 *   <li>one security scheme, {@code keycloak} (OAuth2 with the realm's endpoints), whose "scopes" are the realm roles:
 *       each operation's requirement lists the roles that may call it, and its description says them in words;</li>
 *   <li>a description on every operation (its summary, then who may call it).</li>
 * </ul>
 * Runs once when the document is built; idempotent.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiDocumentFilter implements OASFilter {

    static final String SCHEME = "keycloak";
    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";

    /** Realm roles and what they stand for, as the security scheme's "scopes". */
    static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put(Roles.CITIZEN, "a citizen or business applying online (công dân, doanh nghiệp): sees their own dossiers");
        ROLES.put(Roles.POSTAL_STAFF, "post-office staff receiving dossiers for an agency (nhân viên bưu điện): sees what they received");
        ROLES.put(Roles.COUNTER_OFFICER, "one-stop counter officer (cán bộ tiếp nhận): their agency's dossiers");
        ROLES.put(Roles.SPECIALIST, "specialist processing cases (chuyên viên): their agency's cases");
        ROLES.put(Roles.LEADER, "unit leader assigning and approving (lãnh đạo): their agency's cases");
        ROLES.put(Roles.ADMIN, "provincial administrator: everything, and operations such as dead letters");
        ROLES.put(Roles.DASHBOARD, "a dashboard or reporting client reading indicators");
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema(FIELD_ERROR, fieldErrorSchema());
        api.getComponents().addSchema(PROBLEM, problemSchema());
        Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
        schemes.put(SCHEME, keycloakScheme());
        api.getComponents().setSecuritySchemes(schemes);
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
            List<Parameter> shared = path.getValue().getParameters() == null ? List.of() : path.getValue().getParameters();
            for (Operation op : path.getValue().getOperations().values()) {
                finish(path.getKey(), shared, op);
            }
        }
    }

    private void finish(String path, List<Parameter> shared, Operation op) {
        Set<String> roles = rolesOf(op);
        op.setSecurity(roles.isEmpty() && (op.getSecurity() == null || op.getSecurity().isEmpty()) ? op.getSecurity()
                : List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME, new ArrayList<>(roles))));
        boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
        if (op.getDescription() == null || op.getDescription().isBlank()) {
            String who = !secured ? "Public: no token needed."
                    : roles.isEmpty() ? "Any signed-in user (a Keycloak token)." : "Roles: " + String.join(", ", roles) + ".";
            op.setDescription((op.getSummary() == null ? "" : op.getSummary() + "\n\n") + who);
        }
        APIResponses responses = op.getResponses() == null ? OASFactory.createAPIResponses() : op.getResponses();
        op.setResponses(responses);
        boolean input = op.getRequestBody() != null || (op.getParameters() != null && !op.getParameters().isEmpty()) || !shared.isEmpty();
        if (input) {
            ensure(responses, "400");
        }
        if (op.getRequestBody() != null) {
            // every body passes the request-size limit and the content-type check before the operation sees it
            ensure(responses, "413");
            ensure(responses, "415");
        }
        if (secured) {
            ensure(responses, "401");
            ensure(responses, "403");
        }
        if (path.contains("{")) {
            ensure(responses, "404");
        }
        if (responses.getAPIResponses() != null) {
            for (Map.Entry<String, APIResponse> r : responses.getAPIResponses().entrySet()) {
                if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                    r.getValue().setContent(problemContent());
                    if (r.getValue().getDescription() == null || r.getValue().getDescription().isBlank()
                            || r.getValue().getDescription().startsWith("Not ") || r.getValue().getDescription().equals("Bad Request")) {
                        r.getValue().setDescription(defaultDescription(r.getKey()));
                    }
                }
            }
        }
    }

    /** Roles named by the operation's security requirement, whatever scheme name the scanner gave it. */
    private static Set<String> rolesOf(Operation op) {
        Set<String> roles = new LinkedHashSet<>();
        if (op.getSecurity() != null) {
            for (SecurityRequirement req : op.getSecurity()) {
                if (req.getSchemes() != null) {
                    req.getSchemes().values().forEach(roles::addAll);
                }
            }
        }
        return roles;
    }

    /** Adds the error response with its usual description unless the operation declares it. */
    private static void ensure(APIResponses responses, String code) {
        if (responses.getAPIResponse(code) == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(defaultDescription(code)));
        }
    }

    private static String defaultDescription(String code) {
        return switch (code) {
            case "400" -> "Invalid input: the problem names each offending field in errors[]";
            case "401" -> "No valid token";
            case "403" -> "The caller's roles or agency do not allow this";
            case "404" -> "No such record, or not one the caller may see";
            case "409" -> "Conflicts with the record's current state";
            case "412" -> "If-Match names a version that is no longer current";
            case "413" -> "The body is larger than allowed";
            case "415" -> "The content type is not accepted";
            case "422" -> "Well-formed but refused by a business rule";
            default -> "Error";
        };
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One invalid field of the request.")
                .addProperty("field", string("JSON path of the field as the client sent it, e.g. applicant.citizenId"))
                .addProperty("message", string("What is wrong, in English"))
                .addProperty("message_vi", string("What is wrong, in Vietnamese"))
                .addRequired("field");
    }

    private static Schema problemSchema() {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "https://motcua.vn/problems/invalid-field");
        example.put("title", "Invalid data");
        example.put("status", 400);
        example.put("detail", "Field applicant.citizenId: must be 12 digits");
        example.put("instance", "/api/v1/dossiers");
        example.put("code", "invalid-field");
        example.put("title_vi", "Dữ liệu không hợp lệ");
        example.put("detail_vi", "Trường applicant.citizenId: phải gồm 12 chữ số");
        example.put("errors", List.of(Map.of("field", "applicant.citizenId", "message", "must be 12 digits",
                "message_vi", "phải gồm 12 chữ số")));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details, with the Vietnamese text beside the English one. Every error of "
                        + "these services is one, served as application/problem+json.")
                .addProperty("type", string("URI of the problem type"))
                .addProperty("title", string("Short summary in English"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).description("HTTP status"))
                .addProperty("detail", string("This occurrence, in English"))
                .addProperty("instance", string("The request path"))
                .addProperty("code", string("Stable machine-readable code, e.g. invalid-field, result-exists"))
                .addProperty("title_vi", string("Short summary in Vietnamese"))
                .addProperty("detail_vi", string("This occurrence, in Vietnamese"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(FIELD_ERROR)).description("One entry per invalid field"))
                .addRequired("title").addRequired("status")
                .examples(List.of(example));
    }

    private static SecurityScheme keycloakScheme() {
        String issuer = ConfigProvider.getConfig().getOptionalValue("motcua.openapi.issuer", String.class)
                .orElse(DEFAULT_ISSUER);
        OAuthFlow code = OASFactory.createOAuthFlow()
                .authorizationUrl(issuer + "/protocol/openid-connect/auth")
                .tokenUrl(issuer + "/protocol/openid-connect/token")
                .refreshUrl(issuer + "/protocol/openid-connect/token");
        ROLES.forEach(code::addScope);
        return OASFactory.createSecurityScheme().type(SecurityScheme.Type.OAUTH2)
                .description("A bearer token from the province's Keycloak realm (audience motcua-api). The \"scopes\" are "
                        + "the realm roles an operation allows; a caller needs one of them. Records are further limited "
                        + "to the caller's agency or their own dossiers, as each operation says.")
                .flows(OASFactory.createOAuthFlows().authorizationCode(code));
    }

    /** The issuer of the realm that `./motcua run` starts (Keycloak on 8180); a province sets motcua.openapi.issuer. */
    static final String DEFAULT_ISSUER = "http://localhost:8180/realms/motcua";
}
