package vn.motcua.intake.supplement;

import vn.motcua.platform.events.EventCatalog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.intake.component.ComponentAttachments;
import vn.motcua.intake.component.Completeness;
import vn.motcua.intake.dossier.Dossier;
import vn.motcua.intake.dossier.DossierAccess;
import vn.motcua.intake.dossier.SubmitDossierRequest.ComponentRef;
import vn.motcua.intake.procedure.Procedure;
import vn.motcua.platform.events.contract.DossierSupplemented;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.security.Roles;

/**
 * The applicant's answer to a supplement request (bổ sung hồ sơ): the files asked for, attached to the dossier and
 * announced so processing takes the case back and resumes its clock. Once per request.
 */
@RequestScoped
public class Supplements {

    private final DossierAccess access;
    private final Caller caller;
    private final Completeness completeness;
    private final ComponentAttachments attachments;
    private final Outbox outbox;
    private final Clock clock;

    public Supplements(DossierAccess access, Caller caller, Completeness completeness, ComponentAttachments attachments,
                       Outbox outbox, Clock clock) {
        this.access = access;
        this.caller = caller;
        this.completeness = completeness;
        this.attachments = attachments;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Body of a supplement: what is brought and a note for the officer. */
    public record SupplementRequest(List<ComponentRef> components, String note) {
    }

    @Transactional
    public Dossier supplement(String code, SupplementRequest request) {
        Dossier d = access.visible(code);
        if (!d.submittedBy.equals(caller.username()) && !caller.hasRole(Roles.COUNTER_OFFICER)) {
            throw ProblemException.forbidden("Chỉ người nộp hoặc cán bộ một cửa được bổ sung hồ sơ",
                    "Only the submitter or a one-stop officer may supplement the dossier");
        }
        if (d.processingState != vn.motcua.platform.events.contract.CaseState.SUPPLEMENT_REQUESTED || d.supplementSubmittedAt != null) {
            throw ProblemException.conflict("no-supplement-requested",
                    "Hồ sơ " + code + " không có yêu cầu bổ sung đang chờ", "Dossier " + code + " has no open supplement request");
        }
        if (request == null || request.components() == null || request.components().isEmpty()) {
            throw ProblemException.invalidField("components", "cần ít nhất một thành phần bổ sung",
                    "at least one component is required");
        }
        if (request.note() != null && request.note().length() > 2000) {
            throw ProblemException.invalidField("note", "tối đa 2000 ký tự", "at most 2000 characters");
        }
        Procedure procedure = Procedure.findById(d.procedureId);
        List<Completeness.Match> matches = completeness.given(procedure, request.components(),
                new Completeness.ApplicantIdentity(d.applicantCitizenId, d.applicantTaxCode), caller.username());
        OffsetDateTime now = OffsetDateTime.now(clock);
        attachments.attachAll(d, matches, caller.username(), now);
        d.supplementSubmittedAt = now;
        outbox.publish(EventCatalog.DOSSIER_SUPPLEMENTED, d.code,
                new DossierSupplemented(d.code, ComponentAttachments.received(matches),
                        request.note() == null ? null : request.note().strip(), caller.username(), now));
        return d;
    }
}
