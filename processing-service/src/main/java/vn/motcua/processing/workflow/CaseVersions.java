package vn.motcua.processing.workflow;

import jakarta.ws.rs.core.EntityTag;
import java.util.OptionalLong;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.processing.casefile.DossierCase;

/** A case's version as an HTTP entity tag ({@code ETag: "7"}) and back from {@code If-Match}. */
public final class CaseVersions {

    private CaseVersions() {
    }

    public static EntityTag etag(DossierCase c) {
        return new EntityTag(Long.toString(c.version));
    }

    /** The version an {@code If-Match} names; none for no header or {@code *}. A malformed one is 400. */
    public static OptionalLong fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return OptionalLong.empty();
        }
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        try {
            return OptionalLong.of(Long.parseLong(v));
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("If-Match", "phải là ETag của hồ sơ, ví dụ \"3\"",
                    "must be the case's ETag, e.g. \"3\"");
        }
    }
}
