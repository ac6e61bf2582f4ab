package vn.motcua.intake.component;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Serialises work on one stored content (by its SHA-256) across replicas with a transaction-scoped PostgreSQL advisory
 * lock: storing a new reference and deleting an unreferenced file never interleave.
 */
@ApplicationScoped
public class ContentLocks {

    private final EntityManager em;

    public ContentLocks(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String sha256) {
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(:sha, 0))) AS l")
                .setParameter("sha", sha256).getSingleResult();
    }
}
