package vn.motcua.notification.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.motcua.testsupport.ApiDocumentCheck;

/** The OpenAPI document notification-service serves is the published one (docs/api/), and Spectral's OAS rules pass on it. */
@QuarkusTest
class OpenApiDocumentTest {

    static final String SERVICE = "notification-service";

    @Test
    void theServedDocumentIsThePublishedOne() throws Exception {
        assertThat(ApiDocumentCheck.served(SERVICE)).as("docs/api/%s.openapi.json is stale: rerun this test with "
                + "-Dmotcua.contract.write=true and commit it", SERVICE).isEqualTo(ApiDocumentCheck.publishedDocument(SERVICE));
    }

    @Test
    void spectralsOpenApiRulesPassWithNoWarning() throws Exception {
        assertThat(ApiDocumentCheck.lint(SERVICE)).isEmpty();
    }
}
