package vn.motcua.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Each service's {@code OpenApiDocumentTest} extends this (as a {@code @QuarkusTest}): the document the service serves
 * is the published one under docs/api, and Spectral's OAS rules report nothing on it.
 */
public abstract class PublishedApiDocumentTest {

    /** The service's name, as in {@code docs/api/<service>.openapi.json}. */
    protected abstract String service();

    @Test
    void theServedDocumentIsThePublishedOne() throws Exception {
        assertThat(ApiDocumentCheck.served(service())).as("docs/api/%s.openapi.json is stale: rerun this test with "
                + "-Dmotcua.contract.write=true and commit it", service()).isEqualTo(ApiDocumentCheck.publishedDocument(service()));
    }

    @Test
    void spectralsOpenApiRulesPassWithNoWarning() throws Exception {
        assertThat(ApiDocumentCheck.lint(service())).isEmpty();
    }
}
