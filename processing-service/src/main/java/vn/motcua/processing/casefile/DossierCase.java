package vn.motcua.processing.casefile;

import vn.motcua.platform.events.contract.CaseState;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.platform.events.contract.DeadlineStage;

/**
 * The processing of one dossier (hồ sơ đang giải quyết). The dossier's data are plain fields, written once when the
 * case opens; its lifecycle (state, assignee, partner, outcome) and clock (due, pause, step, deadline stage) are
 * private and change only through the behaviour below, which {@code CaseLifecycle} (the lifecycle table) and
 * {@code CaseClock} (the working-time rules) call: no other class sets them.
 */
@Entity
@Table(name = "dossier_case")
public class DossierCase extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "dossier_code")
    public String dossierCode;
    @Column(name = "agency_code")
    public String agencyCode;
    @Column(name = "procedure_code")
    public String procedureCode;
    @Column(name = "procedure_name")
    public String procedureName;
    @Enumerated(EnumType.STRING)
    private CaseState state;
    @Column(name = "rule_set")
    public String ruleSet;
    @Column(name = "applicant_name")
    public String applicantName;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    @Column(name = "counting_starts_at")
    public OffsetDateTime countingStartsAt;
    @Column(name = "due_at")
    private OffsetDateTime dueAt;
    @Column(name = "opened_at")
    public OffsetDateTime openedAt;
    @Column(name = "agency_name")
    public String agencyName;
    @Column(name = "applicant_type")
    public String applicantType;
    @Column(name = "applicant_address")
    public String applicantAddress;
    @Column(name = "applicant_phone")
    public String applicantPhone;
    @Column(name = "applicant_email")
    public String applicantEmail;
    /** How the dossier was received (kênh tiếp nhận). */
    @Enumerated(EnumType.STRING)
    public vn.motcua.platform.events.contract.Channel channel;
    @Column(name = "result_return_channel")
    public String resultReturnChannel;
    @Column(name = "time_limit_amount")
    public Integer timeLimitAmount;
    @Column(name = "time_limit_unit")
    public String timeLimitUnit;
    /** What a supplement request does to the clock (from the procedure). */
    @Column(name = "supplement_clock_mode")
    @Enumerated(EnumType.STRING)
    public vn.motcua.platform.events.contract.SupplementClockMode supplementClockMode;
    /** The appointment date on the receipt, before any pause, restart or apology. */
    @Column(name = "original_due_at")
    public OffsetDateTime originalDueAt;
    /** The specialist in charge (chuyên viên thụ lý). */
    private String assignee;
    /** Set while the clock is stopped (supplement, payment, suspension). */
    @Column(name = "paused_at")
    private OffsetDateTime pausedAt;
    @Column(name = "step_started_at")
    private OffsetDateTime stepStartedAt;
    @Column(name = "step_due_at")
    private OffsetDateTime stepDueAt;
    @Column(name = "step_overdue_notified")
    private boolean stepOverdueNotified;
    /** ON_TIME, NEAR_DUE or OVERDUE, as last announced by the deadline sweep. */
    @Column(name = "deadline_stage")
    @Enumerated(EnumType.STRING)
    private DeadlineStage deadlineStage = DeadlineStage.ON_TIME;
    /** When the deadline sweep must look at this case next; null when nothing can change (paused, closed). */
    @Column(name = "next_check_at")
    private OffsetDateTime nextCheckAt;
    /** Co-processing agency holding the case (liên thông), and its own due time. */
    @Column(name = "partner_agency")
    private String partnerAgency;
    @Column(name = "partner_due_at")
    private OffsetDateTime partnerDueAt;
    @Column(name = "closed_at")
    private OffsetDateTime closedAt;
    @Column(name = "outcome_reason")
    private String outcomeReason;
    /** The procedure's published internal process (JSON list of steps), or null for the agency default. */
    @Column(name = "step_plan")
    public String stepPlan;
    @Version
    public long version;

    // ---- what the case is now

    public CaseState state() {
        return state;
    }

    public OffsetDateTime dueAt() {
        return dueAt;
    }

    public String assignee() {
        return assignee;
    }

    public OffsetDateTime pausedAt() {
        return pausedAt;
    }

    public OffsetDateTime stepStartedAt() {
        return stepStartedAt;
    }

    public OffsetDateTime stepDueAt() {
        return stepDueAt;
    }

    public boolean stepOverdueNotified() {
        return stepOverdueNotified;
    }

    public DeadlineStage deadlineStage() {
        return deadlineStage;
    }

    public OffsetDateTime nextCheckAt() {
        return nextCheckAt;
    }

    public String partnerAgency() {
        return partnerAgency;
    }

    public OffsetDateTime partnerDueAt() {
        return partnerDueAt;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    public String outcomeReason() {
        return outcomeReason;
    }

    // ---- the lifecycle's behaviour (called by CaseLifecycle, one row of the table at a time)

    /** A new case: received, due on the appointment date of the citizen's receipt. */
    public void open(OffsetDateTime appointmentAt) {
        if (state != null) {
            throw new IllegalStateException("case " + dossierCode + " is already open");
        }
        state = CaseState.RECEIVED;
        dueAt = appointmentAt;
        originalDueAt = appointmentAt;
    }

    /** Enters a state; a final one records when the case closed. */
    public void enter(CaseState to, OffsetDateTime at) {
        state = to;
        if (to.closed()) {
            closedAt = at;
        }
    }

    public void assignTo(String specialist) {
        assignee = specialist;
    }

    /** The co-processing agency holds the case until its own due time (liên thông). */
    public void handTo(String partner, OffsetDateTime partnerDue) {
        partnerAgency = partner;
        partnerDueAt = partnerDue;
    }

    /** The co-processing agency gave its part back. */
    public void takeBack() {
        partnerAgency = null;
        partnerDueAt = null;
    }

    /** Why the case ended as it did (refusal, withdrawal, stop). */
    public void recordOutcome(String reason) {
        outcomeReason = reason;
    }

    // ---- the clock's behaviour (called by CaseClock and the deadline sweep, which know the working time)

    public void pauseClock(OffsetDateTime at) {
        pausedAt = at;
        nextCheckAt = null;
    }

    /** The clock runs again, due at {@code newDue} (moved by the pause, or counted again from the start). */
    public void resumeClock(OffsetDateTime newDue) {
        dueAt = newDue;
        pausedAt = null;
    }

    public void moveDue(OffsetDateTime newDue) {
        dueAt = newDue;
    }

    /** A new step started at {@code at}, due at {@code due} (null when untimed). */
    public void startStep(OffsetDateTime at, OffsetDateTime due) {
        stepStartedAt = at;
        stepDueAt = due;
        stepOverdueNotified = false;
    }

    public void stepOverdueAnnounced() {
        stepOverdueNotified = true;
    }

    /** The deadline stage the case is now known to be in (announced, or lowered by a new due date). */
    public void stage(DeadlineStage stage) {
        deadlineStage = stage;
    }

    /** When the deadline sweep must look next; null when nothing can change. */
    public void checkNextAt(OffsetDateTime at) {
        nextCheckAt = at;
    }

    public static Optional<DossierCase> byDossierCode(String code) {
        return find("dossierCode", code).firstResultOptional();
    }

    /**
     * The case, locked for the rest of the transaction (SELECT … FOR UPDATE): whoever changes it (an officer, a
     * payment's settlement) takes turns with the others and sees what the one before did.
     */
    public static Optional<DossierCase> lockedByDossierCode(String code) {
        return find("dossierCode", code).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
