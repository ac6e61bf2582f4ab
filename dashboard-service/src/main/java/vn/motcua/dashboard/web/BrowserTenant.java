package vn.motcua.dashboard.web;

import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A request with a bearer token is checked as every service checks one (the default tenant); any other request is
 * the web page's, logged in with the authorization code flow and a session cookie (tenant {@code web}).
 */
@ApplicationScoped
public class BrowserTenant implements TenantResolver {

    static final String WEB = "web";

    @Override
    public String resolve(RoutingContext context) {
        String auth = context.request().getHeader("Authorization");
        return auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? null : WEB;
    }
}
