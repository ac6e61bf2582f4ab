package vn.motcua.processing.officer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.security.Roles;

/**
 * The officers a case can be assigned to (danh sách cán bộ): kept from Keycloak by {@link KeycloakOfficerSync} and
 * from each officer's own requests, whose token states their agency and roles. A case goes only to an active
 * specialist or leader of its agency: assigned to a name nobody answers to, it would wait for ever.
 */
@ApplicationScoped
public class OfficerDirectory {

    static final Set<String> OFFICER_ROLES = Set.of(Roles.SPECIALIST, Roles.LEADER, Roles.COUNTER_OFFICER);
    static final Set<String> ASSIGNABLE_ROLES = Set.of(Roles.SPECIALIST, Roles.LEADER);

    /** Where a row came from. */
    enum Source {
        KEYCLOAK, TOKEN
    }

    /** An officer as the directory knows them. */
    record Officer(String username, String agencyCode, Set<String> roles, boolean active) {
    }

    private final EntityManager em;
    private final Clock clock;
    /** What this replica last wrote for each officer who signed in: an unchanged officer costs no write. */
    private final Map<String, String> written = new ConcurrentHashMap<>();

    public OfficerDirectory(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Records the calling officer (their token is the freshest word on their agency and roles); others are ignored. */
    public void signedIn(Caller caller) {
        Set<String> roles = new TreeSet<>(caller.roles());
        roles.retainAll(OFFICER_ROLES);
        if (roles.isEmpty()) {
            return;
        }
        String username = caller.username();
        String agency = caller.agency().orElse(null);
        String signature = agency + "|" + roles;
        if (signature.equals(written.get(username))) {
            return;
        }
        // its own transaction: an action refused afterwards does not undo that the officer exists
        QuarkusTransaction.requiringNew().run(() -> record(username, agency, roles, true, Source.TOKEN));
        written.put(username, signature);
    }

    /** Inserts or replaces one officer. */
    void record(String username, String agency, Set<String> roles, boolean active, Source source) {
        em.createNativeQuery("""
                        INSERT INTO officer (username, agency_code, roles, active, source, updated_at)
                        VALUES (:u, :a, :r, :active, :s, :at)
                        ON CONFLICT (username) DO UPDATE SET agency_code = EXCLUDED.agency_code, roles = EXCLUDED.roles,
                            active = EXCLUDED.active, source = EXCLUDED.source, updated_at = EXCLUDED.updated_at""")
                .setParameter("u", username).setParameter("a", agency).setParameter("r", String.join(",", new TreeSet<>(roles)))
                .setParameter("active", active).setParameter("s", source.name()).setParameter("at", OffsetDateTime.now(clock))
                .executeUpdate();
    }

    /** Marks inactive the officers Keycloak listed before and no longer does (left, disabled, role taken away). */
    int deactivateKeycloakOfficersOtherThan(Set<String> listed) {
        return em.createNativeQuery("UPDATE officer SET active = FALSE, updated_at = :at WHERE source = 'KEYCLOAK' AND active"
                        + " AND NOT (username = ANY(CAST(:listed AS text[])))")
                .setParameter("at", OffsetDateTime.now(clock)).setParameter("listed", listed.toArray(String[]::new))
                .executeUpdate();
    }

    java.util.Optional<Officer> find(String username) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT username, agency_code, roles, active FROM officer WHERE username = :u")
                .setParameter("u", username).getResultList();
        return rows.stream().findFirst().map(r -> new Officer((String) r[0], (String) r[1],
                Set.of(((String) r[2]).split(",")), (Boolean) r[3]));
    }

    /** Refuses (422, naming {@code assignee}) anyone but an active specialist or leader of {@code agencyCode}. */
    public void requireAssignable(String username, String agencyCode) {
        Officer o = find(username).orElseThrow(() -> refused("unknown-officer",
                "Không có cán bộ " + username + " trong danh sách cán bộ", "No officer " + username + " is in the directory"));
        if (!o.active()) {
            throw refused("officer-inactive", "Cán bộ " + username + " không còn hoạt động", "Officer " + username + " is no longer active");
        }
        if (!agencyCode.equals(o.agencyCode())) {
            throw refused("officer-of-another-agency", "Cán bộ " + username + " thuộc cơ quan " + o.agencyCode() + ", không phải " + agencyCode,
                    "Officer " + username + " belongs to " + o.agencyCode() + ", not " + agencyCode);
        }
        if (o.roles().stream().noneMatch(ASSIGNABLE_ROLES::contains)) {
            throw refused("officer-not-assignable", "Cán bộ " + username + " không có vai trò chuyên viên hoặc lãnh đạo",
                    "Officer " + username + " is neither a specialist nor a leader");
        }
    }

    private static ProblemException refused(String code, String vi, String en) {
        return new ProblemException(422, code, "Không thể xử lý", "Unprocessable", vi, en,
                List.of(new Problem.FieldError("assignee", en, vi)));
    }
}
