package vn.motcua.intake.dossier;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Optional;

/**
 * The shape of dossier codes (mã hồ sơ), {@code motcua.dossier-code.*}: a pattern for every rule-set or for the days
 * from a date, so a province can move to another shape on the day a circular takes effect without touching the codes
 * already given. Placeholders: {@code {unit}} the receiving unit's identifier, {@code {yyMMdd}} the day of receipt,
 * {@code {host}} the host-system code, {@code {seq}} the daily sequence (at least 4 digits).
 *
 * <p>Today's shape, {@code {unit}-{yyMMdd}-{seq}} (e.g. {@code 000.17.22.H56-261124-0001}), is the default. The shape
 * Circular 04/2025/TT-VPCP gives nationally centralised services from 2026-01-25 is
 * {@code {unit}-{yyMMdd}-{host}{seq}} with a 2-digit host-system code, set like this:
 * <pre>
 * motcua.dossier-code.host-system=01
 * motcua.dossier-code.patterns."2026-01-25"={unit}-{yyMMdd}-{host}{seq}
 * </pre>
 */
@ConfigMapping(prefix = "motcua.dossier-code")
public interface DossierCodeConfig {

    /** The pattern where no later one applies. */
    @WithDefault("{unit}-{yyMMdd}-{seq}")
    String pattern();

    /**
     * Patterns by the first day (yyyy-MM-dd, Vietnam time) they apply from, or by rule-set name (e.g.
     * {@code DECREE_118_2025}) for every dossier received under it; a dated pattern wins over a rule-set's.
     */
    Map<String, String> patterns();

    /** The 2-digit host-system code (mã hệ thống) that {@code {host}} stands for. */
    Optional<String> hostSystem();
}
