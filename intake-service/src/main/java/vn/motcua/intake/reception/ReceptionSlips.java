package vn.motcua.intake.reception;

import vn.motcua.platform.events.EventCatalog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.motcua.intake.agency.Agency;
import vn.motcua.intake.component.Completeness;
import vn.motcua.intake.dossier.RuleSet;
import vn.motcua.intake.dossier.SubmitDossierRequest;
import vn.motcua.intake.procedure.Procedure;
import vn.motcua.intake.procedure.ProcedureComponent;
import vn.motcua.platform.events.contract.DossierAccepted;
import vn.motcua.platform.events.contract.ReceptionSlipIssued;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;

/**
 * The other two outcomes of the completeness check at a counter or post office: an incomplete dossier gets a
 * supplement request listing exactly what is missing (computed from the procedure version, so nothing is forgotten
 * and nothing asked twice); a dossier out of the procedure's scope gets a refusal with the reason. Each is stored
 * and announced so notification-service renders form 02 / 03.
 */
@RequestScoped
public class ReceptionSlips {

    private final Caller caller;
    private final Completeness completeness;
    private final Outbox outbox;
    private final Clock clock;

    public ReceptionSlips(Caller caller, Completeness completeness, Outbox outbox, Clock clock) {
        this.caller = caller;
        this.completeness = completeness;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What the receiving officer records. */
    public record SlipRequest(
            @NotNull ReceptionSlipIssued.Kind kind,
            @NotNull @Size(max = 32) String procedureCode,
            @NotNull @Valid SubmitDossierRequest.Applicant applicant,
            /** SUPPLEMENT: codes of the components the applicant did bring. */
            @Size(max = 50) List<@NotNull String> broughtComponents,
            /** REFUSAL: why the dossier is out of scope; SUPPLEMENT: an optional note on what to fix. */
            @Size(max = 2000) String reason) {
    }

    @Transactional
    public ReceptionSlip issue(SlipRequest r) {
        Agency receiving = caller.agency().map(a -> (Agency) Agency.findById(a)).orElseThrow(() ->
                ProblemException.forbidden("Tài khoản không thuộc đơn vị tiếp nhận nào", "Your account belongs to no receiving unit"));
        Procedure procedure = Procedure.latest(r.procedureCode()).orElseThrow(() -> ProblemException.invalidField(
                "procedureCode", "không có thủ tục mã " + r.procedureCode(), "no procedure with code " + r.procedureCode()));
        var a = r.applicant();
        List<ProcedureComponent> missing = List.of();
        if (r.kind() == ReceptionSlipIssued.Kind.SUPPLEMENT) {
            missing = completeness.missing(procedure, r.broughtComponents() == null ? List.of() : r.broughtComponents(),
                    new Completeness.ApplicantIdentity(a.citizenId(), a.taxCode()));
            if (missing.isEmpty()) {
                throw ProblemException.conflict("dossier-complete", "Hồ sơ đã đủ thành phần bắt buộc: tiếp nhận và cấp giấy hẹn",
                        "The dossier has every mandatory component: receive it and issue a receipt");
            }
        } else if (r.reason() == null || r.reason().isBlank()) {
            throw ProblemException.invalidField("reason", "phải nêu rõ lý do từ chối", "a refusal must give its reason");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        ReceptionSlip s = new ReceptionSlip();
        s.id = UUID.randomUUID();
        s.kind = r.kind();
        s.receivingAgency = receiving.code;
        s.procedureCode = procedure.code;
        s.procedureVersion = procedure.version;
        s.applicantType = a.type().name();
        s.applicantName = a.fullName().strip();
        s.applicantId = a.citizenId() != null ? a.citizenId() : a.taxCode();
        s.applicantPhone = a.phone();
        s.applicantEmail = a.email();
        s.applicantAddress = a.address().strip();
        s.items = missing.isEmpty() ? null : missing.stream().map(c -> c.code + ": " + c.name).collect(Collectors.joining("\n"));
        s.reason = r.reason() == null || r.reason().isBlank() ? null : r.reason().strip();
        s.issuedBy = caller.username();
        s.issuedAt = now;
        s.persist();
        outbox.publish(EventCatalog.RECEPTION_SLIP_ISSUED, s.id.toString(),
                new ReceptionSlipIssued(s.id.toString(), s.kind, receiving.code, receiving.name, procedure.code, procedure.name,
                        RuleSet.inForceAt(now).name(),
                        new DossierAccepted.Applicant(s.applicantType, s.applicantName, s.applicantPhone, s.applicantEmail,
                                s.applicantAddress, null),
                        missing.stream().map(c -> new ReceptionSlipIssued.Item(c.code, c.name, c.form, c.quantity)).toList(),
                        s.reason, s.issuedBy, now));
        return s;
    }
}
