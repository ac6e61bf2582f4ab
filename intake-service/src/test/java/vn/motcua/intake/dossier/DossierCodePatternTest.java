package vn.motcua.intake.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dossier code's shape by rule-set and date, as a province configures it (Circular 04/2025's from 2026-01-25). */
class DossierCodePatternTest {

    record Config(String pattern, Map<String, String> patterns, Optional<String> hostSystem) implements DossierCodeConfig {
    }

    static final String TODAY = "{unit}-{yyMMdd}-{seq}";

    @Test
    void todaysShapeIsTheDefault() {
        DossierCodes codes = new DossierCodes(null, new Config(TODAY, Map.of(), Optional.empty()));
        LocalDate day = LocalDate.of(2026, 11, 24);
        assertThat(DossierCodes.format(codes.patternFor(day, RuleSet.DECREE_118_2025), "000.17.22.H56", day, null, 1))
                .isEqualTo("000.17.22.H56-261124-0001");
        assertThat(DossierCodes.format(codes.patternFor(day, RuleSet.DECREE_118_2025), "000.17.22.H56", day, null, 12345))
                .as("past 9999 the sequence grows").isEqualTo("000.17.22.H56-261124-12345");
    }

    @Test
    void aProvinceSwitchesToTheHostSystemShapeOnTheDayTheCircularTakesEffect() {
        DossierCodes codes = new DossierCodes(null, new Config(TODAY,
                Map.of("2026-01-25", "{unit}-{yyMMdd}-{host}{seq}"), Optional.of("07")));
        LocalDate before = LocalDate.of(2026, 1, 24);
        LocalDate from = LocalDate.of(2026, 1, 25);
        assertThat(DossierCodes.format(codes.patternFor(before, RuleSet.DECREE_118_2025), "000.17.22.H56", before, "07", 3))
                .isEqualTo("000.17.22.H56-260124-0003");
        assertThat(DossierCodes.format(codes.patternFor(from, RuleSet.DECREE_118_2025), "000.17.22.H56", from, "07", 3))
                .isEqualTo("000.17.22.H56-260125-070003");
    }

    @Test
    void aRuleSetsPatternAppliesToItsDossiersWhenNoDateSaysOtherwise() {
        DossierCodes codes = new DossierCodes(null, new Config(TODAY,
                Map.of("DECREE_61_2018", "{unit}/{yyMMdd}/{seq}"), Optional.empty()));
        LocalDate day = LocalDate.of(2025, 6, 30);
        assertThat(codes.patternFor(day, RuleSet.DECREE_61_2018)).isEqualTo("{unit}/{yyMMdd}/{seq}");
        assertThat(codes.patternFor(day, RuleSet.DECREE_118_2025)).isEqualTo(TODAY);
    }

    @Test
    void aPatternThatWouldRepeatCodesOrLacksItsHostCodeIsRefusedAtStart() {
        assertThatThrownBy(() -> new DossierCodes(null, new Config("{unit}-{yyMMdd}", Map.of(), Optional.empty())))
                .hasMessageContaining("{seq}");
        assertThatThrownBy(() -> new DossierCodes(null, new Config(TODAY, Map.of("2026-01-25", "{unit}-{yyMMdd}-{host}{seq}"),
                Optional.empty()))).hasMessageContaining("host-system");
        assertThatThrownBy(() -> new DossierCodes(null, new Config(TODAY, Map.of("someday", TODAY), Optional.empty())))
                .hasMessageContaining("rule-set");
    }
}
