package vn.motcua.processing.apology;

import vn.motcua.platform.events.EventCatalog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import vn.motcua.calendar.WorkingTimeCalculator;
import vn.motcua.platform.events.contract.ApologyIssued;
import vn.motcua.platform.events.contract.DossierAccepted;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.processing.casefile.CaseAccess;
import vn.motcua.processing.casefile.DossierCase;
import vn.motcua.processing.deadline.CaseClock;
import vn.motcua.processing.deadline.DeadlinePolicy;
import vn.motcua.processing.workflow.ActionInputs;
import vn.motcua.processing.workflow.CaseAction;
import vn.motcua.processing.workflow.CaseLifecycle;

/**
 * Records a late agency's apology and new appointment date: no later than one working day before the due date
 * (configurable), at most once per case, by a leader of the case's agency. Emits the event from which
 * notification-service renders and sends the letter.
 */
@RequestScoped
public class ApologyService {

    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final Caller caller;
    private final CaseAccess access;
    private final CaseClock clock;
    private final DeadlinePolicy policy;
    private final CaseLifecycle lifecycle;
    private final Outbox outbox;
    private final Clock time;

    public ApologyService(Caller caller, CaseAccess access, CaseClock clock, DeadlinePolicy policy, CaseLifecycle lifecycle,
                          Outbox outbox, Clock time) {
        this.caller = caller;
        this.access = access;
        this.clock = clock;
        this.policy = policy;
        this.lifecycle = lifecycle;
        this.outbox = outbox;
        this.time = time;
    }

    @Transactional
    public DossierCase issue(String dossierCode, ApologyRequest req) {
        DossierCase c = access.visible(dossierCode);
        if (!caller.requireAgency().equals(c.agencyCode)) {
            throw ProblemException.forbidden("Chỉ lãnh đạo cơ quan " + c.agencyCode + " được xin lỗi và hẹn lại",
                    "Only a leader of agency " + c.agencyCode + " may apologise and set a new date");
        }
        if (CaseApology.findById(c.id) != null) {
            throw ProblemException.conflict("apology-already-issued",
                    "Hồ sơ " + dossierCode + " đã được hẹn lại ngày trả kết quả; ngày hẹn mới chỉ được đặt một lần",
                    "Dossier " + dossierCode + " already has a new appointment date; it may be set only once");
        }
        if (!CaseAction.APOLOGY.allowedFrom(c.state())) {
            throw ProblemException.conflict("case-finished",
                    "Hồ sơ đang ở trạng thái " + c.state() + ", không còn hẹn lại được",
                    "The case is " + c.state() + "; no new date can be set");
        }
        OffsetDateTime now = OffsetDateTime.now(time);
        OffsetDateTime deadline = clock.apologyDeadline(c);
        if (policy.enforceApologyDeadline() && now.isAfter(deadline)) {
            throw ProblemException.conflict("apology-too-late",
                    "Phải xin lỗi và hẹn lại chậm nhất 01 ngày làm việc trước hạn (hạn chót " + local(deadline) + ")",
                    "The apology had to be issued at least 1 working day before the due date (by " + deadline + ")");
        }
        WorkingTimeCalculator calc = clock.calculator(c);
        OffsetDateTime newDue = req.newDueAt().withOffsetSameInstant(WorkingTimeCalculator.VIETNAM);
        if (!newDue.isAfter(c.dueAt())) {
            throw ProblemException.invalidField("newDueAt", "ngày hẹn mới phải sau ngày hẹn hiện tại " + local(c.dueAt()),
                    "the new date must be after the current due date " + c.dueAt());
        }
        if (!calc.calendar().isWorkingDay(newDue.toLocalDate())) {
            throw ProblemException.invalidField("newDueAt", "ngày hẹn mới phải là ngày làm việc",
                    "the new date must be a working day");
        }
        if (req.onBehalfOfHead() && (req.deputyTitle() == null || req.deputyTitle().isBlank())) {
            throw ProblemException.invalidField("deputyTitle", "bắt buộc khi ký thay (KT.)",
                    "required when a deputy signs on the head's behalf");
        }

        CaseApology a = new CaseApology();
        a.caseId = c.id;
        a.reason = req.reason();
        a.previousDueAt = c.dueAt();
        a.newDueAt = newDue;
        a.signerName = req.signerName();
        a.signerTitle = req.signerTitle();
        a.onBehalfOfHead = req.onBehalfOfHead();
        a.deputyTitle = req.onBehalfOfHead() ? req.deputyTitle() : null;
        a.recordedBy = caller.username();
        a.recordedAt = now;
        a.persist();

        lifecycle.apply(c, CaseAction.APOLOGY, ActionInputs.newDue(newDue), caller.username(), now,
                "Xin lỗi, hẹn lại " + local(newDue) + ": " + req.reason());
        outbox.publish(EventCatalog.CASE_APOLOGY_ISSUED, c.dossierCode, new ApologyIssued(c.dossierCode,
                new ApologyIssued.AgencyRef(c.agencyCode, c.agencyName),
                new ApologyIssued.ProcedureRef(c.procedureCode, c.procedureName), c.ruleSet,
                new DossierAccepted.Applicant(c.applicantType, c.applicantName, c.applicantPhone, c.applicantEmail,
                        c.applicantAddress, null),
                c.submittedBy, c.resultReturnChannel,
                new ApologyIssued.Rescheduling(c.receivedAt, a.previousDueAt, a.newDueAt, a.reason),
                new ApologyIssued.Signer(a.signerName, a.signerTitle, a.onBehalfOfHead, a.deputyTitle), a.recordedBy, now));
        return c;
    }

    private static String local(OffsetDateTime t) {
        return VN.format(t.withOffsetSameInstant(WorkingTimeCalculator.VIETNAM));
    }
}
