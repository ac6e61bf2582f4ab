package vn.motcua.intake.procedure;

import java.time.LocalTime;

/** Public view of a procedure version, with its published internal process. */
public record ProcedureView(String code, int version, String name, String field, String agencyCode, String level,
                            int timeLimitAmount, String timeLimitUnit, LocalTime cutOff, long feeVnd,
                            String onlineLevel, boolean postalReceipt, boolean postalReturn, boolean active,
                            String supplementClockMode, java.util.List<vn.motcua.platform.events.contract.ProcessStep> internalProcess) {

    static ProcedureView of(Procedure p) {
        return new ProcedureView(p.code, p.version, p.name, p.field, p.agencyCode, p.level, p.timeLimitAmount,
                p.timeLimitUnit.name(), p.cutOff, p.feeVnd, p.onlineLevel, p.postalReceipt, p.postalReturn, p.active,
                p.supplementClockMode, ProcedureStep.of(p));
    }
}
