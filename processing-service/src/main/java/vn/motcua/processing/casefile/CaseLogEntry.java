package vn.motcua.processing.casefile;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One row of the control sheet (phiếu kiểm soát quá trình giải quyết hồ sơ). */
@Entity
@Table(name = "case_log")
public class CaseLogEntry extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "case_id")
    public UUID caseId;
    public OffsetDateTime at;
    public String actor;
    public String action;
    @Column(name = "from_state")
    public String fromState;
    @Column(name = "to_state")
    public String toState;
    public String comment;
    /** Due time of the step this row closes. */
    @Column(name = "step_due_at")
    public OffsetDateTime stepDueAt;
    /** EARLY, ON_TIME or LATE for the step this row closes (trước hạn / đúng hạn / quá hạn). */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public vn.motcua.platform.events.contract.Timeliness timeliness;
}
