package vn.motcua.dashboard.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.motcua.platform.events.contract.AgencyProfile;

/**
 * The copy of the agency directory (danh mục cơ quan): the highest version of each agency wins, so the compacted
 * topic read in any order ends the same.
 */
@ApplicationScoped
public class AgencyDirectory {

    /** An agency as the dashboard shows it. */
    public record Agency(String code, String name, String level, String kind, String parentCode) {
    }

    private final EntityManager em;

    public AgencyDirectory(EntityManager em) {
        this.em = em;
    }

    public void learn(AgencyProfile a) {
        em.createNativeQuery("""
                        INSERT INTO agency (code, version, name, level, kind, parent_code, office_hours)
                        VALUES (:code, :version, :name, :level, :kind, :parent, :hours)
                        ON CONFLICT (code) DO UPDATE SET version = EXCLUDED.version, name = EXCLUDED.name,
                            level = EXCLUDED.level, kind = EXCLUDED.kind, parent_code = EXCLUDED.parent_code,
                            office_hours = EXCLUDED.office_hours
                        WHERE agency.version < EXCLUDED.version""")
                .setParameter("code", a.code()).setParameter("version", a.version()).setParameter("name", a.name())
                .setParameter("level", a.level().name()).setParameter("kind", a.kind().name())
                .setParameter("parent", a.parentCode())
                .setParameter("hours", a.officeHours() == null ? null : String.join(",", a.officeHours()))
                .executeUpdate();
        if (a.postalPoints() != null) {
            for (String point : a.postalPoints()) {
                // a commune point is a desk of its post office: known by its code, under it, until it is published itself
                em.createNativeQuery("""
                                INSERT INTO agency (code, version, name, level, kind, parent_code)
                                VALUES (:code, 0, :code, 'COMMUNE', 'POST_OFFICE', :parent) ON CONFLICT (code) DO NOTHING""")
                        .setParameter("code", point).setParameter("parent", a.code()).executeUpdate();
            }
        }
    }

    /** Every agency, by code. */
    @SuppressWarnings("unchecked")
    public Map<String, Agency> all() {
        Map<String, Agency> out = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(
                "SELECT code, name, level, kind, parent_code FROM agency ORDER BY code").getResultList()) {
            out.put((String) r[0], new Agency((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]));
        }
        return out;
    }

    /** The agency and every agency under it (a district's communes, a post office's points). */
    public Set<String> withDescendants(String code) {
        Map<String, Agency> all = all();
        Set<String> out = new TreeSet<>();
        out.add(code);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Agency a : all.values()) {
                if (a.parentCode() != null && out.contains(a.parentCode()) && out.add(a.code())) {
                    grew = true;
                }
            }
        }
        return out;
    }

    /** The desks of the public postal service among {@code agencies}: post offices and their commune points. */
    public static Set<String> postalDesks(Map<String, Agency> agencies) {
        Set<String> out = new TreeSet<>();
        agencies.values().stream().filter(a -> "POST_OFFICE".equals(a.kind())).forEach(a -> out.add(a.code()));
        return out;
    }
}
