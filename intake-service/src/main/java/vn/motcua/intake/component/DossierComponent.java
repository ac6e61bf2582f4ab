package vn.motcua.intake.component;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An uploaded component of a dossier (thành phần hồ sơ) and the outcome of its signature check. */
@Entity
@Table(name = "dossier_component")
public class DossierComponent extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "dossier_id")
    public UUID dossierId;
    public String name;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "media_type")
    public String mediaType;
    @Column(name = "size_bytes")
    public long sizeBytes;
    public String sha256;
    @Column(name = "signature_state")
    public String signatureState;
    @Column(name = "signer_name")
    public String signerName;
    @Column(name = "certificate_serial")
    public String certificateSerial;
    public String issuer;
    @Column(name = "signing_time")
    public OffsetDateTime signingTime;
    @Column(name = "verification_detail")
    public String verificationDetail;
    @Column(name = "uploaded_by")
    public String uploadedBy;
    @Column(name = "uploaded_at")
    public OffsetDateTime uploadedAt;
}
