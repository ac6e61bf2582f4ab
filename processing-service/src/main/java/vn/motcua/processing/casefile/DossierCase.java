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

/** The processing of one dossier (hồ sơ đang giải quyết). */
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
    public CaseState state;
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
    public OffsetDateTime dueAt;
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
    /** PAUSE or RESTART: what a supplement request does to the clock (from the procedure). */
    @Column(name = "supplement_clock_mode")
    public String supplementClockMode;
    /** The appointment date on the receipt, before any pause, restart or apology. */
    @Column(name = "original_due_at")
    public OffsetDateTime originalDueAt;
    /** The specialist in charge (chuyên viên thụ lý). */
    public String assignee;
    /** Set while the clock is stopped (supplement, payment, suspension). */
    @Column(name = "paused_at")
    public OffsetDateTime pausedAt;
    @Column(name = "step_started_at")
    public OffsetDateTime stepStartedAt;
    @Column(name = "step_due_at")
    public OffsetDateTime stepDueAt;
    @Column(name = "step_overdue_notified")
    public boolean stepOverdueNotified;
    /** ON_TIME, NEAR_DUE or OVERDUE, as last announced by the deadline sweep. */
    @Column(name = "deadline_stage")
    @Enumerated(EnumType.STRING)
    public vn.motcua.platform.events.contract.DeadlineStage deadlineStage = vn.motcua.platform.events.contract.DeadlineStage.ON_TIME;
    /** When the deadline sweep must look at this case next; null when nothing can change (paused, closed). */
    @Column(name = "next_check_at")
    public OffsetDateTime nextCheckAt;
    /** Co-processing agency holding the case (liên thông), and its own due time. */
    @Column(name = "partner_agency")
    public String partnerAgency;
    @Column(name = "partner_due_at")
    public OffsetDateTime partnerDueAt;
    @Column(name = "closed_at")
    public OffsetDateTime closedAt;
    @Column(name = "outcome_reason")
    public String outcomeReason;
    /** The procedure's published internal process (JSON list of steps), or null for the agency default. */
    @Column(name = "step_plan")
    public String stepPlan;
    @Version
    public long version;

    public static Optional<DossierCase> byDossierCode(String code) {
        return find("dossierCode", code).firstResultOptional();
    }
}
