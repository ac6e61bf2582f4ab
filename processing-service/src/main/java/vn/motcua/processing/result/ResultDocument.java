package vn.motcua.processing.result;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.platform.events.contract.SignatureState;

/** A signed result document of a case (kết quả giải quyết TTHC) and how its signature was verified. */
@Entity
@Table(name = "result_document")
public class ResultDocument extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "media_type")
    public String mediaType;
    @Column(name = "size_bytes")
    public long sizeBytes;
    public String sha256;
    @Basic(fetch = FetchType.LAZY)
    public byte[] content;
    @Enumerated(EnumType.STRING)
    @Column(name = "signature_state")
    public SignatureState signatureState;
    @Column(name = "signer_name")
    public String signerName;
    @Column(name = "certificate_serial")
    public String certificateSerial;
    public String issuer;
    @Column(name = "signing_time")
    public OffsetDateTime signingTime;
    public String algorithm;
    @Column(name = "verification_detail")
    public String verificationDetail;
    @Column(name = "verified_at")
    public OffsetDateTime verifiedAt;
    @Column(name = "uploaded_by")
    public String uploadedBy;
    @Column(name = "uploaded_at")
    public OffsetDateTime uploadedAt;

    public static Optional<ResultDocument> latest(UUID caseId) {
        return find("caseId = ?1 ORDER BY uploadedAt DESC", caseId).firstResultOptional();
    }
}
