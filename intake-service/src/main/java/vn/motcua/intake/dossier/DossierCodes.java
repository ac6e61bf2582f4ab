package vn.motcua.intake.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Dossier codes (mã hồ sơ), by default {@code <unit identifier>-<YYMMDD>-<4-digit daily sequence>}, e.g.
 * {@code 000.17.22.H56-210531-0001}; the shape is configurable per rule-set and date ({@link DossierCodeConfig}).
 *
 * <p>Gap-free and unique under concurrency: the upsert takes a row lock on (unit, day) for the rest of the
 * submitting transaction, and a rollback gives the number back. Past 9999 in a day the sequence simply grows to 5
 * digits rather than refusing a citizen's dossier.
 */
@ApplicationScoped
public class DossierCodes {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private final EntityManager em;
    private final String defaultPattern;
    private final NavigableMap<LocalDate, String> dated = new TreeMap<>();
    private final Map<RuleSet, String> byRuleSet = new java.util.EnumMap<>(RuleSet.class);
    private final String hostSystem;

    public DossierCodes(EntityManager em, DossierCodeConfig config) {
        this.em = em;
        this.hostSystem = config.hostSystem().orElse(null);
        this.defaultPattern = checked(config.pattern(), "motcua.dossier-code.pattern");
        config.patterns().forEach((key, pattern) -> {
            String name = "motcua.dossier-code.patterns.\"" + key + "\"";
            try {
                dated.put(LocalDate.parse(key), checked(pattern, name));
            } catch (DateTimeParseException notADate) {
                try {
                    byRuleSet.put(RuleSet.valueOf(key), checked(pattern, name));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(name + ": the key must be a date (yyyy-MM-dd) or a rule-set ("
                            + java.util.Arrays.toString(RuleSet.values()) + ")");
                }
            }
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String unitExchangeId, LocalDate day, RuleSet ruleSet) {
        Number n = (Number) em.createNativeQuery("""
                        INSERT INTO dossier_sequence (exchange_id, day, last_value) VALUES (:u, :d, 1)
                        ON CONFLICT (exchange_id, day) DO UPDATE SET last_value = dossier_sequence.last_value + 1
                        RETURNING last_value""")
                .setParameter("u", unitExchangeId).setParameter("d", day).getSingleResult();
        return format(patternFor(day, ruleSet), unitExchangeId, day, hostSystem, n.intValue());
    }

    /** The pattern in force for a day of receipt: the newest dated one on or before it, else the rule-set's, else the default. */
    String patternFor(LocalDate day, RuleSet ruleSet) {
        Map.Entry<LocalDate, String> d = dated.floorEntry(day);
        if (d != null) {
            return d.getValue();
        }
        return byRuleSet.getOrDefault(ruleSet, defaultPattern);
    }

    static String format(String pattern, String unitExchangeId, LocalDate day, String hostSystem, int sequence) {
        return pattern.replace("{unit}", unitExchangeId).replace("{yyMMdd}", YYMMDD.format(day))
                .replace("{host}", hostSystem == null ? "" : hostSystem).replace("{seq}", String.format("%04d", sequence));
    }

    static String format(String unitExchangeId, LocalDate day, int sequence) {
        return format("{unit}-{yyMMdd}-{seq}", unitExchangeId, day, null, sequence);
    }

    /** A pattern must name the unit, the day and the sequence (else codes would repeat), and {host} needs its code. */
    private String checked(String pattern, String name) {
        for (String required : new String[] {"{unit}", "{yyMMdd}", "{seq}"}) {
            if (!pattern.contains(required)) {
                throw new IllegalArgumentException(name + " = " + pattern + " lacks " + required + ": codes would repeat");
            }
        }
        if (pattern.contains("{host}") && (hostSystem == null || !hostSystem.matches("\\d{2}"))) {
            throw new IllegalArgumentException(name + " uses {host}: set motcua.dossier-code.host-system to the 2-digit host-system code");
        }
        return pattern;
    }
}
