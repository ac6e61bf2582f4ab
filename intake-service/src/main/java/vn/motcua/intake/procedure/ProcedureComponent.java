package vn.motcua.intake.procedure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * A component a procedure version requires (thành phần hồ sơ): mandatory or not, original / copy / certified copy,
 * whether it must be digitally signed, which file types are accepted, and the reusable document kind if any.
 */
@Entity
@Table(name = "procedure_component")
@IdClass(ProcedureComponent.Key.class)
public class ProcedureComponent extends PanacheEntityBase {
    @Id
    @Column(name = "procedure_id")
    public Long procedureId;
    @Id
    public String code;
    public int seq;
    public String name;
    public boolean mandatory;
    /** ORIGINAL (bản chính), COPY (bản sao), CERTIFIED_COPY (bản sao chứng thực). */
    public String form;
    public int quantity;
    @Column(name = "must_be_signed")
    public boolean mustBeSigned;
    @Column(name = "accepted_types")
    public String acceptedTypes;
    /** Kind of reusable digitised document (e.g. CCCD), or null when each dossier needs its own. */
    @Column(name = "document_type")
    public String documentType;

    public record Key(Long procedureId, String code) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    public List<String> acceptedTypeList() {
        return Arrays.stream(acceptedTypes.split(",")).map(String::strip).toList();
    }

    public static List<ProcedureComponent> of(Procedure p) {
        return list("procedureId = ?1 ORDER BY seq", p.id);
    }
}
