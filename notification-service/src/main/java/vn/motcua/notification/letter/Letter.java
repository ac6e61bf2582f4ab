package vn.motcua.notification.letter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An official document rendered as PDF from an event, e.g. the apology letter (form 04). */
@Entity
@Table(name = "letter")
public class Letter extends PanacheEntityBase {
    @Id
    public UUID id;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public LetterKind kind;
    @Column(name = "source_event_id")
    public String sourceEventId;
    @Column(name = "dossier_code")
    public String dossierCode;
    @Column(name = "agency_code")
    public String agencyCode;
    /** The applicant's account. */
    public String addressee;
    /** Số văn bản, e.g. 12/PXL-SKHCN. */
    public String number;
    public String template;
    @Basic(fetch = FetchType.LAZY)
    public byte[] pdf;
    public String sha256;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
