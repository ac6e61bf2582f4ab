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

    /**
     * Takes the next number in a transaction of its own, committed at once: held until the letter's transaction
     * commits, the counter's row lock would make every letter of an agency wait for the one being rendered. A letter
     * whose transaction then fails leaves a gap in the register (logged by the consumer that retries it).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int next(String agencyCode, int year, LetterKind kind) {
        Number n = (Number) em.createNativeQuery("""
                        INSERT INTO letter_number (agency_code, year, kind, last_value) VALUES (:a, :y, :k, 1)
                        ON CONFLICT (agency_code, year, kind) DO UPDATE SET last_value = letter_number.last_value + 1
                        RETURNING last_value""")
                .setParameter("a", agencyCode).setParameter("y", year).setParameter("k", kind.name()).getSingleResult();
        return n.intValue();
    }
}
