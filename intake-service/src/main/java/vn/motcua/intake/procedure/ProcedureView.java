package vn.motcua.intake.procedure;

import java.time.LocalTime;
import java.util.List;
import vn.motcua.platform.events.contract.ProcessStep;

/** Public view of a procedure version: its terms, required components and published internal process. */
public record ProcedureView(String code, int version, String name, String field, String agencyCode, String agencyName,
                            String level, int timeLimitAmount, String timeLimitUnit, LocalTime cutOff, long feeVnd,
                            String onlineLevel, boolean postalReceipt, boolean postalReturn, boolean active,
                            vn.motcua.platform.events.contract.SupplementClockMode supplementClockMode, List<Component> components, List<ProcessStep> internalProcess) {

    /** A required component as published. */
    public record Component(String code, String name, boolean mandatory, String form, int quantity,
                            boolean mustBeSigned, List<String> acceptedTypes, String documentType) {
        static Component of(ProcedureComponent c) {
            return new Component(c.code, c.name, c.mandatory, c.form, c.quantity, c.mustBeSigned, c.acceptedTypeList(),
                    c.documentType);
        }
    }

    static ProcedureView of(Procedure p) {
        vn.motcua.intake.agency.Agency agency = vn.motcua.intake.agency.Agency.findById(p.agencyCode);
        return new ProcedureView(p.code, p.version, p.name, p.field, p.agencyCode, agency == null ? null : agency.name,
                p.level, p.timeLimitAmount, p.timeLimitUnit.name(), p.cutOff, p.feeVnd, p.onlineLevel, p.postalReceipt,
                p.postalReturn, p.active, p.supplementClockMode,
                ProcedureComponent.of(p).stream().map(Component::of).toList(), ProcedureStep.of(p));
    }
}
