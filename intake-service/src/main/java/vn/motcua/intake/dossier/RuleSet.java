package vn.motcua.intake.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The one-stop-shop rules in force when a dossier was received; the dossier is processed under them to the end.
 */
public enum RuleSet {
    /** Decree 61/2018/NĐ-CP (amended by 107/2021) with Circular 01/2018/TT-VPCP. */
    DECREE_61_2018(LocalDate.of(2018, 6, 21)),
    /** Decree 118/2025/NĐ-CP with Circular 03/2025/TT-VPCP, from 2025-07-01. */
    DECREE_118_2025(LocalDate.of(2025, 7, 1));

    private final LocalDate inForceFrom;

    RuleSet(LocalDate inForceFrom) {
        this.inForceFrom = inForceFrom;
    }

    public static RuleSet inForceAt(OffsetDateTime receivedAt) {
        LocalDate day = receivedAt.withOffsetSameInstant(vn.motcua.calendar.VietnamTime.OFFSET).toLocalDate();
        return day.isBefore(DECREE_118_2025.inForceFrom) ? DECREE_61_2018 : DECREE_118_2025;
    }
}
