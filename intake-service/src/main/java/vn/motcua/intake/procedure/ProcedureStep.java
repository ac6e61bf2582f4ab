package vn.motcua.intake.procedure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import vn.motcua.platform.events.contract.ProcessStep;

/** A step of a procedure version's published internal process (quy trình nội bộ). */
@Entity
@Table(name = "procedure_step")
@IdClass(ProcedureStep.Key.class)
public class ProcedureStep extends PanacheEntityBase {
    @Id
    @Column(name = "procedure_id")
    public Long procedureId;
    @Id
    public int seq;
    @Column(name = "case_state")
    public String caseState;
    public String name;
    public String unit;
    public String role;
    @Column(name = "share_percent")
    public int sharePercent;

    public record Key(Long procedureId, int seq) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    public static List<ProcessStep> of(Procedure p) {
        return ProcedureStep.<ProcedureStep>list("procedureId = ?1 ORDER BY seq", p.id).stream()
                .map(s -> new ProcessStep(s.seq, s.caseState, s.name, s.unit, s.role, s.sharePercent)).toList();
    }
}
