package vn.motcua.e2e;

import static io.restassured.RestAssured.given;

/** Real access tokens from Keycloak by the password grant of the demo client. */
final class Tokens {

    private final String keycloakUrl;

    Tokens(String keycloakUrl) {
        this.keycloakUrl = keycloakUrl;
    }

    /** Demo users' passwords equal their user names (demo realm only). */
    String of(String user) {
        return given().formParam("grant_type", "password").formParam("client_id", "motcua-web")
                .formParam("username", user).formParam("password", user)
                .post(keycloakUrl + "/realms/motcua/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
