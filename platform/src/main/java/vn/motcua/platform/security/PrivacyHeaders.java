package vn.motcua.platform.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Personal data never stays in a shared or browser cache: every answer to an authenticated request, and every public
 * dossier lookup, is {@code Cache-Control: no-store} (unless a resource chose its own policy); every answer carries
 * {@code X-Content-Type-Options: nosniff}, so a browser never second-guesses a PDF or JSON as something it runs.
 */
public class PrivacyHeaders {

    @ServerResponseFilter
    public void add(ContainerRequestContext request, ContainerResponseContext response) {
        var headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        boolean personal = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
                || (request.getSecurityContext() != null && request.getSecurityContext().getUserPrincipal() != null)
                || request.getUriInfo().getPath().contains("/public/dossiers");
        if (personal && !headers.containsKey(HttpHeaders.CACHE_CONTROL)) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
