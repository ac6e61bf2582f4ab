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
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "signature_state")
    public vn.motcua.platform.events.contract.SignatureState signatureState;
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
    /** The procedure's component code this file stands for; null for a staged upload or a free-named addition. */
    @Column(name = "component_code")
    public String componentCode;
    /** Reusable kind of document (e.g. CCCD) copied from the procedure's component when attached. */
    @Column(name = "document_type")
    public String documentType;
    /** The earlier component whose digitised copy this one reuses (tái sử dụng dữ liệu số hóa). */
    @Column(name = "reused_from")
    public UUID reusedFrom;

    /** A staged upload of this user, not yet part of a dossier. */
    public static java.util.Optional<DossierComponent> staged(UUID id, String uploadedBy) {
        return find("id = ?1 AND dossierId IS NULL AND uploadedBy = ?2", id, uploadedBy).firstResultOptional();
    }

    /**
     * Locks the rows of these uploads until the transaction ends, in id order (two submissions naming the same uploads
     * in another order then queue instead of deadlocking). A submission that waited sees the winner's claim: the
     * upload is no longer staged.
     */
    public static void lockForClaim(java.util.Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            find("id IN ?1 ORDER BY id", ids).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).list();
        }
    }

    /** Whether this user's upload already belongs to a dossier (claimed by another submission). */
    public static boolean claimed(UUID id, String uploadedBy) {
        return count("id = ?1 AND dossierId IS NOT NULL AND uploadedBy = ?2", id, uploadedBy) > 0;
    }

    /** A copy attached to a dossier pointing at the same stored content. */
    DossierComponent reuseFor(UUID dossierId, String by, OffsetDateTime at) {
        DossierComponent c = new DossierComponent();
        c.id = UUID.randomUUID();
        c.dossierId = dossierId;
        c.name = name;
        c.fileName = fileName;
        c.mediaType = mediaType;
        c.sizeBytes = sizeBytes;
        c.sha256 = sha256;
        c.signatureState = signatureState;
        c.signerName = signerName;
        c.certificateSerial = certificateSerial;
        c.issuer = issuer;
        c.signingTime = signingTime;
        c.verificationDetail = verificationDetail;
        c.uploadedBy = by;
        c.uploadedAt = at;
        c.documentType = documentType;
        c.reusedFrom = reusedFrom != null ? reusedFrom : id;
        return c;
    }
}
