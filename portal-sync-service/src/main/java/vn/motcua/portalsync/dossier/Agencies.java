package vn.motcua.portalsync.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.platform.events.contract.AgencyProfile;

/**
 * The agency directory's units as this service needs them: each agency's document-exchange identifier (mã định danh
 * điện tử của cơ quan), which every portal call carries. Learnt from intake's compacted topic and from the agency
 * every accepted dossier carries; only a higher version replaces a copy, so both sources may come in any order.
 */
@ApplicationScoped
public class Agencies {

    private final EntityManager em;
    private final Clock clock;

    public Agencies(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void learn(AgencyProfile p) {
        if (p == null) {
            return;
        }
        if (p.code() == null || p.code().isBlank() || p.name() == null) {
            throw new IllegalArgumentException("agency profile without code or name: " + p);
        }
        em.createNativeQuery("""
                        INSERT INTO agency (code, version, name, exchange_id, updated_at) VALUES (:c, :v, :n, :x, :at)
                        ON CONFLICT (code) DO UPDATE SET version = EXCLUDED.version, name = EXCLUDED.name,
                            exchange_id = EXCLUDED.exchange_id, updated_at = EXCLUDED.updated_at
                        WHERE agency.version < EXCLUDED.version""")
                .setParameter("c", p.code()).setParameter("v", p.version()).setParameter("n", p.name())
                .setParameter("x", p.exchangeId()).setParameter("at", OffsetDateTime.now(clock)).executeUpdate();
    }

    /** The unit identifier the portal knows the agency by; the agency code itself while the directory has none. */
    public String unitId(String agencyCode) {
        if (agencyCode == null) {
            return null;
        }
        List<?> found = em.createNativeQuery("SELECT exchange_id FROM agency WHERE code = :c AND exchange_id IS NOT NULL")
                .setParameter("c", agencyCode).getResultList();
        return found.isEmpty() ? agencyCode : (String) found.get(0);
    }
}
