package vn.motcua.notification.letter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Document numbers (số văn bản) per agency, year and kind, gap-free under concurrency (row lock of the upsert). */
@ApplicationScoped
public class LetterNumbers {

    private final EntityManager em;

    public LetterNumbers(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public int next(String agencyCode, int year, String kind) {
        Number n = (Number) em.createNativeQuery("""
                        INSERT INTO letter_number (agency_code, year, kind, last_value) VALUES (:a, :y, :k, 1)
                        ON CONFLICT (agency_code, year, kind) DO UPDATE SET last_value = letter_number.last_value + 1
                        RETURNING last_value""")
                .setParameter("a", agencyCode).setParameter("y", year).setParameter("k", kind).getSingleResult();
        return n.intValue();
    }
}
