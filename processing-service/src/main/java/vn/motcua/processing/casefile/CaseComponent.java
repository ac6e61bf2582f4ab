package vn.motcua.processing.casefile;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.motcua.platform.events.contract.ComponentAdded;

/** A component of the dossier (thành phần hồ sơ) with its signature state, as intake verified it. */
@Entity
@Table(name = "case_component")
public class CaseComponent extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "dossier_code")
    public String dossierCode;
    public String name;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "media_type")
    public String mediaType;
    public String sha256;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "signature_state")
    public vn.motcua.platform.events.contract.SignatureState signatureState;
    @Column(name = "signer_name")
    public String signerName;
    @Column(name = "uploaded_at")
    public OffsetDateTime uploadedAt;

    /** Records a component once, whatever redeliveries. */
    static void record(ComponentAdded a) {
        UUID id = UUID.fromString(a.componentId());
        if (findById(id) != null) {
            return;
        }
        CaseComponent c = new CaseComponent();
        c.id = id;
        c.dossierCode = a.dossierCode();
        c.name = a.name();
        c.fileName = a.fileName();
        c.mediaType = a.mediaType();
        c.sha256 = a.sha256();
        c.signatureState = a.signatureState();
        c.signerName = a.signerName();
        c.uploadedAt = a.uploadedAt();
        c.persist();
    }
}
