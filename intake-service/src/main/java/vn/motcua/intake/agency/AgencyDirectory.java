package vn.motcua.intake.agency;

import vn.motcua.platform.events.EventCatalog;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import vn.motcua.platform.events.contract.AgencyProfile;
import vn.motcua.platform.outbox.Outbox;

/**
 * The agency directory (danh mục cơ quan), owned here: every version of every agency is published through the
 * outbox to the compacted topic {@link Topics#AGENCIES}, keyed by agency code, and the whole profile travels in each
 * accepted dossier. Seeded or migrated agencies are published at start; several replicas starting together publish
 * each version once (rows claimed with {@code FOR UPDATE SKIP LOCKED}).
 */
@ApplicationScoped
public class AgencyDirectory {

    private final EntityManager em;
    private final Outbox outbox;

    public AgencyDirectory(EntityManager em, Outbox outbox) {
        this.em = em;
        this.outbox = outbox;
    }

    void onStart(@Observes StartupEvent ev) {
        int n = publishPending();
        if (n > 0) {
            Log.infof("agency directory: %d agency version(s) published", n);
        }
    }

    /** Publishes every agency whose current version has not been published yet; returns how many. */
    @Transactional
    public int publishPending() {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery(
                        "SELECT code FROM agency WHERE published_version < version ORDER BY code FOR UPDATE SKIP LOCKED")
                .getResultList();
        for (String code : codes) {
            publish(em.find(Agency.class, code));
        }
        return codes.size();
    }

    /** Publishes the agency's current version, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(Agency a) {
        outbox.publish(EventCatalog.AGENCY_PUBLISHED, a.code, profile(a));
        a.publishedVersion = a.version;
    }

    /** The agency as every service sees it. */
    public AgencyProfile profile(Agency a) {
        @SuppressWarnings("unchecked")
        List<String> points = "POST_OFFICE".equals(a.kind)
                ? em.createNativeQuery("SELECT code FROM agency WHERE post_office_code = :c ORDER BY code")
                        .setParameter("c", a.code).getResultList()
                : List.of();
        return new AgencyProfile(a.code, a.version, a.name, AgencyProfile.AgencyLevel.valueOf(a.level),
                AgencyProfile.AgencyKind.valueOf(a.kind), a.parentCode, a.exchangeId, a.placeName,
                Arrays.stream(a.officeHours.split(",")).map(String::strip).toList(),
                new AgencyProfile.Letterhead(a.governingBody, a.printedName, a.name, a.placeName, a.headTitle, a.symbol),
                points, a.active);
    }
}
