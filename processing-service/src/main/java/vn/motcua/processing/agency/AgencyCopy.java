package vn.motcua.processing.agency;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import vn.motcua.platform.events.contract.AgencyProfile;

/**
 * processing's copy of the agency directory (danh mục cơ quan) that intake-service owns: built from the agencies
 * topic and from the agency every accepted dossier carries; a copy only ever moves to a higher version, so the
 * two sources may arrive in any order and any number of times.
 */
@ApplicationScoped
public class AgencyCopy {

    /** Fired when this replica's copy of an agency changed. */
    public record Changed(String code) {
    }

    private final EntityManager em;
    private final Clock clock;
    private final jakarta.enterprise.event.Event<Changed> changes;

    public AgencyCopy(EntityManager em, Clock clock, jakarta.enterprise.event.Event<Changed> changes) {
        this.em = em;
        this.clock = clock;
        this.changes = changes;
    }

    /** Upserts the profile unless the copy already has this version or a newer one; null (an old event) is ignored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void learn(AgencyProfile p) {
        if (p == null) {
            return;
        }
        if (p.code() == null || p.code().isBlank() || p.name() == null || p.officeHours() == null || p.officeHours().isEmpty()) {
            throw new IllegalArgumentException("agency profile without code, name or office hours: " + p);
        }
        String hours = String.join(",", p.officeHours());
        vn.motcua.calendar.OfficeHours.of(p.officeHours().toArray(String[]::new)); // IllegalArgumentException if malformed
        int changed = em.createNativeQuery("""
                        INSERT INTO agency (code, version, name, level, kind, parent_code, office_hours, active, updated_at)
                        VALUES (:code, :version, :name, :level, :kind, :parent, :hours, :active, :at)
                        ON CONFLICT (code) DO UPDATE SET version = EXCLUDED.version, name = EXCLUDED.name,
                            level = EXCLUDED.level, kind = EXCLUDED.kind, parent_code = EXCLUDED.parent_code,
                            office_hours = EXCLUDED.office_hours, active = EXCLUDED.active, updated_at = EXCLUDED.updated_at
                        WHERE agency.version < EXCLUDED.version""")
                .setParameter("code", p.code()).setParameter("version", p.version()).setParameter("name", p.name())
                .setParameter("level", p.level() == null ? null : p.level().name())
                .setParameter("kind", p.kind() == null ? null : p.kind().name())
                .setParameter("parent", p.parentCode()).setParameter("hours", hours).setParameter("active", p.active())
                .setParameter("at", OffsetDateTime.now(clock)).executeUpdate();
        if (changed == 1) {
            Log.infof("agency %s version %d learnt (office hours %s)", p.code(), p.version(), hours);
            changes.fire(new Changed(p.code()));
        }
    }

    /** The agency's office sessions as stored (e.g. {@code 07:00-11:30,13:30-17:00}), if processing knows it. */
    public Optional<String> officeHours(String agencyCode) {
        @SuppressWarnings("unchecked")
        var rows = (java.util.List<String>) em.createNativeQuery("SELECT office_hours FROM agency WHERE code = :c")
                .setParameter("c", agencyCode).getResultList();
        return rows.stream().findFirst();
    }

    /** Whether processing knows {@code agencyCode} as an agency that works (present in the copy and active). */
    public boolean isActive(String agencyCode) {
        @SuppressWarnings("unchecked")
        var rows = (java.util.List<Boolean>) em.createNativeQuery("SELECT active FROM agency WHERE code = :c")
                .setParameter("c", agencyCode).getResultList();
        return rows.stream().findFirst().orElse(false);
    }
}
