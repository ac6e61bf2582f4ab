package vn.motcua.intake.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Dossier codes (mã hồ sơ) per the circular: {@code <unit identifier>-<YYMMDD>-<4-digit daily sequence>}, e.g.
 * {@code 000.17.22.H56-210531-0001}.
 *
 * <p>Gap-free and unique under concurrency: the upsert takes a row lock on (unit, day) for the rest of the
 * submitting transaction, and a rollback gives the number back. Past 9999 in a day the sequence simply grows to 5
 * digits rather than refusing a citizen's dossier.
 */
@ApplicationScoped
public class DossierCodes {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private final EntityManager em;

    public DossierCodes(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String unitExchangeId, LocalDate day) {
        Number n = (Number) em.createNativeQuery("""
                        INSERT INTO dossier_sequence (exchange_id, day, last_value) VALUES (:u, :d, 1)
                        ON CONFLICT (exchange_id, day) DO UPDATE SET last_value = dossier_sequence.last_value + 1
                        RETURNING last_value""")
                .setParameter("u", unitExchangeId).setParameter("d", day).getSingleResult();
        return format(unitExchangeId, day, n.intValue());
    }

    static String format(String unitExchangeId, LocalDate day, int sequence) {
        return unitExchangeId + "-" + YYMMDD.format(day) + "-" + String.format("%04d", sequence);
    }
}
