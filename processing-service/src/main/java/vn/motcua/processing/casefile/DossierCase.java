package vn.motcua.processing.casefile;

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
    @Version
    public long version;

    public static Optional<DossierCase> byDossierCode(String code) {
        return find("dossierCode", code).firstResultOptional();
    }
}
