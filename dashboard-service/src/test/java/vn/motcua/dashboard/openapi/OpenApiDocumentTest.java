package vn.motcua.dashboard.openapi;

import io.quarkus.test.junit.QuarkusTest;
import vn.motcua.testsupport.PublishedApiDocumentTest;

/** The OpenAPI document dashboard-service serves is the published one (docs/api/), and Spectral's OAS rules pass on it. */
@QuarkusTest
class OpenApiDocumentTest extends PublishedApiDocumentTest {

    @Override
    protected String service() {
        return "dashboard-service";
    }
}
