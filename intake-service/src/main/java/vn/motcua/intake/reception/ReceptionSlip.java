package vn.motcua.intake.reception;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A supplement request (form 02) or refusal (form 03) issued at reception instead of a receipt. */
@Entity
@Table(name = "reception_slip")
public class ReceptionSlip extends PanacheEntityBase {
    @Id
    public UUID id;
    /** SUPPLEMENT or REFUSAL. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public vn.motcua.platform.events.contract.ReceptionSlipIssued.Kind kind;
    @Column(name = "receiving_agency")
    public String receivingAgency;
    @Column(name = "procedure_code")
    public String procedureCode;
    @Column(name = "procedure_version")
    public int procedureVersion;
    @Column(name = "applicant_type")
    public String applicantType;
    @Column(name = "applicant_name")
    public String applicantName;
    /** Citizen ID or tax code. */
    @Column(name = "applicant_id")
    public String applicantId;
    @Column(name = "applicant_phone")
    public String applicantPhone;
    @Column(name = "applicant_email")
    public String applicantEmail;
    @Column(name = "applicant_address")
    public String applicantAddress;
    /** The missing components, one "CODE: name" per line. */
    public String items;
    public String reason;
    @Column(name = "issued_by")
    public String issuedBy;
    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;
}
