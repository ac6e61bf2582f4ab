package vn.motcua.notification.agency;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import vn.motcua.platform.events.contract.AgencyProfile;

/**
 * notification's copy of each agency's letterhead (tiêu đề văn bản) from intake's agency directory: from the
 * agencies topic and from the agency every accepted dossier carries. A copy only moves to a higher version.
 */
@ApplicationScoped
public class LetterheadCopy {

    private final EntityManager em;
    private final Clock clock;

    public LetterheadCopy(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Upserts the agency's letterhead unless this version or a newer one is known; null (an old event) is ignored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void learn(AgencyProfile p) {
        if (p == null) {
            return;
        }
        AgencyProfile.Letterhead h = p.letterhead();
        if (p.code() == null || p.code().isBlank() || h == null || h.printedName() == null || h.place() == null
                || h.headTitle() == null || h.symbol() == null) {
            throw new IllegalArgumentException("agency profile without code or letterhead: " + p);
        }
        int changed = em.createNativeQuery("""
                        INSERT INTO agency_letterhead (agency_code, parent_name, agency_name, display_name, place,
                                                       head_title, symbol, version, updated_at)
                        VALUES (:code, :parent, :printed, :display, :place, :head, :symbol, :version, :at)
                        ON CONFLICT (agency_code) DO UPDATE SET parent_name = EXCLUDED.parent_name,
                            agency_name = EXCLUDED.agency_name, display_name = EXCLUDED.display_name,
                            place = EXCLUDED.place, head_title = EXCLUDED.head_title, symbol = EXCLUDED.symbol,
                            version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
                        WHERE agency_letterhead.version < EXCLUDED.version""")
                .setParameter("code", p.code())
                .setParameter("parent", h.governingBody() == null ? "" : h.governingBody())
                .setParameter("printed", h.printedName())
                .setParameter("display", h.displayName() == null ? p.name() : h.displayName())
                .setParameter("place", h.place()).setParameter("head", h.headTitle()).setParameter("symbol", h.symbol())
                .setParameter("version", p.version()).setParameter("at", OffsetDateTime.now(clock))
                .executeUpdate();
        if (changed == 1) {
            Log.infof("letterhead of %s version %d learnt", p.code(), p.version());
        }
    }
}
