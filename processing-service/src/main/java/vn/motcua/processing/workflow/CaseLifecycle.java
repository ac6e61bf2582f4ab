package vn.motcua.processing.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.platform.events.contract.SupplementClockMode;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.processing.agency.AgencyCopy;
import vn.motcua.processing.casefile.CaseJournal;
import vn.motcua.processing.casefile.DossierCase;
import vn.motcua.processing.deadline.CaseClock;
import vn.motcua.processing.officer.OfficerDirectory;
import vn.motcua.processing.payment.PaymentObligations;
import vn.motcua.processing.result.ResultService;

/**
 * Applies a row of the lifecycle table ({@link CaseAction}) to a case, whoever starts it (an officer, the signed
 * result upload, the apology form, intake's events): checks the from-state, the fields and the guard, does the row's
 * effect and clock effect, starts the new step, and writes the control sheet and the status event, all in the
 * caller's transaction. The only class that changes a case's lifecycle; who may start a row is checked before
 * ({@link CaseWorkflow} for officers).
 */
@ApplicationScoped
public class CaseLifecycle {

    private final CaseClock clock;
    private final CaseJournal journal;
    private final AgencyCopy agencies;
    private final OfficerDirectory officers;
    private final PaymentObligations bills;

    public CaseLifecycle(CaseClock clock, CaseJournal journal, AgencyCopy agencies, OfficerDirectory officers,
                         PaymentObligations bills) {
        this.clock = clock;
        this.journal = journal;
        this.agencies = agencies;
        this.officers = officers;
        this.bills = bills;
    }

    /** Opens a new case (the RECEIVE row): the first step started when counting did. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(DossierCase c, OffsetDateTime appointmentAt, String actor, OffsetDateTime now, String comment) {
        c.open(appointmentAt);
        clock.enterStep(c, c.countingStartsAt);
        c.persist();
        journal.record(c, CaseAction.RECEIVE.name(), null, actor, now, comment, null);
    }

    /**
     * @throws ProblemException 409 when the row does not start from the case's state, 422 when a field it needs is
     *                          missing or its guard refuses
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(DossierCase c, CaseAction action, ActionInputs in, String actor, OffsetDateTime now, String comment) {
        if (action.opens() || !action.allowedFrom(c.state())) {
            List<CaseAction> allowed = CaseAction.from(c.state());
            String names = allowed.isEmpty() ? "-" : allowed.stream().map(Enum::name).collect(Collectors.joining(", "));
            throw ProblemException.conflict("illegal-transition",
                    "Không thể " + action + " khi hồ sơ đang ở trạng thái " + c.state() + "; thao tác được phép: " + names,
                    "Cannot " + action + " a case in state " + c.state() + "; allowed: " + names);
        }
        for (CaseAction.Field f : action.needs()) {
            if (!in.has(f)) {
                throw ProblemException.invalidField(f.json, "bắt buộc với thao tác " + action, "required for " + action);
            }
        }
        guard(c, action, in);

        switch (action.effect()) {
            case ASSIGN -> c.assignTo(in.assignee());
            case HAND_TO_PARTNER -> c.handTo(in.partnerAgency(), clock.partnerDue(c, now, in.partnerWorkingDays()));
            case TAKE_BACK -> c.takeBack();
            case RECORD_OUTCOME -> c.recordOutcome(in.reason());
            case OPEN_BILLS -> bills.open(c, in.fees(), actor, now);
            case NONE -> { }
        }

        CaseState from = c.state();
        if (action.clock() == CaseAction.ClockEffect.MOVE_DUE) { // the state and its step stay
            clock.moveDue(c, in.newDueAt(), now);
            journal.record(c, action.name(), from, actor, now, comment, null);
            return;
        }
        OffsetDateTime leftStepDue = c.stepDueAt();
        c.enter(action.to(from), now);
        switch (action.clock()) {
            case PAUSE -> clock.pause(c, now);
            case RESUME -> clock.resume(c, now, false);
            case RESUME_OR_RESTART -> {
                boolean restart = c.supplementClockMode == SupplementClockMode.RESTART;
                clock.resume(c, now, restart);
                if (restart) {
                    comment = comment + " — tính lại thời hạn từ đầu / time limit restarted";
                }
            }
            case CLOSE -> {
                if (from.paused()) { // settle the pause, so the closed case shows its real due date
                    clock.resume(c, now, false);
                }
                if (from == CaseState.PAYMENT_REQUESTED) { // withdrawn or stopped before paying: nothing is owed any more
                    bills.cancelUnpaid(c);
                }
            }
            case RUNS, FINISH -> { } // the new step's due (or none once finished) is set below
            case START, MOVE_DUE -> throw new IllegalStateException(action + " is applied above");
        }
        clock.enterStep(c, now);
        journal.record(c, action.name(), from, actor, now, comment, leftStepDue);
    }

    private void guard(DossierCase c, CaseAction action, ActionInputs in) {
        switch (action.guard()) {
            case ASSIGNEE_OF_AGENCY -> officers.requireAssignable(in.assignee(), c.agencyCode); // nobody, a citizen, another agency's officer: 422
            case PARTNER_IS_ANOTHER_WORKING_AGENCY -> requireWorkingPartner(c, in.partnerAgency());
            case SIGNED_RESULT -> ResultService.requireReturnable(c);
            case NONE -> { }
        }
    }

    /**
     * A case is transferred only to another agency the directory knows and that works: a case sent to a code nobody
     * acts for ({@code NOPE}) would wait for ever.
     */
    private void requireWorkingPartner(DossierCase c, String partner) {
        if (partner.equals(c.agencyCode)) {
            throw ProblemException.unprocessable("transfer-to-self", "Không thể chuyển liên thông cho chính cơ quan giải quyết",
                    "A case cannot be transferred to its own agency");
        }
        if (!agencies.isActive(partner)) {
            throw new ProblemException(422, "unknown-agency", "Không thể xử lý", "Unprocessable",
                    "Không có cơ quan đang hoạt động mã " + partner + " trong danh mục cơ quan",
                    "No working agency with code " + partner + " is in the agency directory",
                    List.of(new Problem.FieldError("partnerAgency", "unknown or inactive agency",
                            "cơ quan không có hoặc đã ngừng hoạt động")));
        }
    }
}
