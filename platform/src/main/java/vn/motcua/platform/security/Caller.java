package vn.motcua.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: user name, roles and agency (mã cơ quan, from the token's {@code agency} claim), used to scope
 * records (own dossiers, own agency).
 */
@RequestScoped
public class Caller {

    public static final String AGENCY_CLAIM = "agency";

    @Inject
    SecurityIdentity identity;

    public String username() {
        if (identity.isAnonymous()) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("preferred_username") != null) {
            return jwt.getClaim("preferred_username");
        }
        return identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        for (String r : roles) {
            if (identity.hasRole(r)) {
                return true;
            }
        }
        return false;
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    /** The caller's agency code, from the token claim (or a test identity's attribute). */
    public Optional<String> agency() {
        Object attr = identity.getAttribute(AGENCY_CLAIM);
        if (attr != null) {
            return Optional.of(attr.toString());
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim(AGENCY_CLAIM);
            if (claim != null) {
                return Optional.of(claim.toString().replace("\"", ""));
            }
        }
        return Optional.empty();
    }

    /** The agency, or a 403 problem saying the account is not attached to one. */
    public String requireAgency() {
        return agency().orElseThrow(() -> vn.motcua.platform.problem.ProblemException.forbidden(
                "Tài khoản chưa được gắn với cơ quan nào", "Your account is not attached to an agency"));
    }
}
