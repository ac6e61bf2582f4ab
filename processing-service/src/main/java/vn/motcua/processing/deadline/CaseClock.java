package vn.motcua.processing.deadline;

import vn.motcua.platform.events.contract.DeadlineStage;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import vn.motcua.calendar.TimeLimit;
import vn.motcua.calendar.WorkingTimeCalculator;
import vn.motcua.processing.calendar.CalendarService;
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.processing.casefile.DossierCase;

/**
 * A case's clock in Vietnamese working time: step budgets, pauses, restarts, moved due dates, and when the
 * deadline sweep must look at the case next.
 */
@ApplicationScoped
public class CaseClock {

    private final CalendarService calendars;
    private final DeadlinePolicy policy;
    private final StepPlan plans;

    public CaseClock(CalendarService calendars, DeadlinePolicy policy, StepPlan plans) {
        this.calendars = calendars;
        this.policy = policy;
        this.plans = plans;
    }

    /** The step's share of the processing time: the procedure's published process first, else the default. */
    Integer share(DossierCase c, CaseState state) {
        return plans.step(c, state).map(s -> (Integer) s.sharePercent()).orElseGet(() -> policy.stepShare(state));
    }

    public WorkingTimeCalculator calculator(DossierCase c) {
        return calendars.calculator(c.agencyCode);
    }

    /** Starts the step of the state the case just entered: its due time is its share of the processing time. */
    public void enterStep(DossierCase c, OffsetDateTime now) {
        c.startStep(now, stepDue(c, now));
        reschedule(c);
    }

    private OffsetDateTime stepDue(DossierCase c, OffsetDateTime now) {
        if (c.state() == CaseState.TRANSFERRED) {
            return c.partnerDueAt();
        }
        Integer share = c.state().clockRunning() ? share(c, c.state()) : null;
        if (share == null) {
            return null;
        }
        WorkingTimeCalculator calc = calculator(c);
        long total = Math.max(60, calc.workingMinutesBetween(c.countingStartsAt, c.originalDueAt));
        OffsetDateTime due = calc.plusWorkingMinutes(now, total * share / 100);
        return due.isAfter(c.dueAt()) && now.isBefore(c.dueAt()) ? c.dueAt() : due;
    }

    /** The co-processing agency's own due time: its working days from now, in the lead agency's calendar. */
    public OffsetDateTime partnerDue(DossierCase c, OffsetDateTime now, int workingDays) {
        return calculator(c).plusWorkingMinutes(now, TimeLimit.workingDays(workingDays).workingMinutes());
    }

    /** Stops the clock (supplement, payment, suspension). */
    public void pause(DossierCase c, OffsetDateTime now) {
        c.pauseClock(now);
    }

    /**
     * Restarts the clock. {@code restart}: the whole limit counts again from now (sector rule for supplements);
     * otherwise the due date (and the step's) moves by the paused working time.
     */
    public void resume(DossierCase c, OffsetDateTime now, boolean restart) {
        WorkingTimeCalculator calc = calculator(c);
        OffsetDateTime pausedAt = c.pausedAt() == null ? now : c.pausedAt();
        c.resumeClock(restart && c.timeLimitAmount != null
                ? calc.restart(now, new TimeLimit(c.timeLimitAmount, TimeLimit.Unit.valueOf(c.timeLimitUnit))).dueAt()
                : calc.extendByPause(c.dueAt(), pausedAt, now));
        lowerStageTo(c, stageAt(c, now));
    }

    /** A new due date (apology with a new appointment): the case may be on time again. */
    public void moveDue(DossierCase c, OffsetDateTime newDue, OffsetDateTime now) {
        c.moveDue(newDue);
        lowerStageTo(c, stageAt(c, now));
        reschedule(c);
    }

    public OffsetDateTime nearDueAt(DossierCase c) {
        return calculator(c).minusWorkingMinutes(c.dueAt(), policy.nearDueMinutes());
    }

    /** The last moment to issue an apology with a new date: one working day (configurable) before the due time. */
    public OffsetDateTime apologyDeadline(DossierCase c) {
        return calculator(c).minusWorkingMinutes(c.dueAt(), policy.apologyLeadMinutes());
    }

    /** The stage the case is actually in at {@code at}, whatever has been announced. */
    public DeadlineStage stageAt(DossierCase c, OffsetDateTime at) {
        if (at.isAfter(c.dueAt())) {
            return DeadlineStage.OVERDUE;
        }
        return at.isBefore(nearDueAt(c)) ? DeadlineStage.ON_TIME : DeadlineStage.NEAR_DUE;
    }

    /** Sets when the sweep must look next: the next stage crossing or the step's due time, whichever is first. */
    public void reschedule(DossierCase c) {
        if (!c.state().clockRunning()) {
            c.checkNextAt(null);
            return;
        }
        OffsetDateTime next = switch (c.deadlineStage()) {
            case ON_TIME -> nearDueAt(c);
            case NEAR_DUE -> c.dueAt().plusSeconds(1);
            case OVERDUE -> null;
        };
        if (c.stepDueAt() != null && !c.stepOverdueNotified()) {
            OffsetDateTime step = c.stepDueAt().plusSeconds(1);
            next = next == null || step.isBefore(next) ? step : next;
        }
        c.checkNextAt(next);
    }

    private static void lowerStageTo(DossierCase c, DeadlineStage actual) {
        c.stage(DeadlineStage.lower(c.deadlineStage(), actual));
    }
}
