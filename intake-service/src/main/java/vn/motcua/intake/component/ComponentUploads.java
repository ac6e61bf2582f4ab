package vn.motcua.intake.component;

import jakarta.enterprise.context.RequestScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.intake.dossier.Dossier;
import vn.motcua.intake.dossier.DossierAccess;
import vn.motcua.intake.procedure.ProcedureComponent;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.security.Roles;

/**
 * Adds a file to an existing dossier: staged like any upload, then attached to the procedure's component (or under a
 * free name) and announced with an event.
 */
@RequestScoped
public class ComponentUploads {

    private final DossierAccess access;
    private final Caller caller;
    private final StagedUploads uploads;
    private final ComponentAttachments attachments;
    private final Clock clock;

    public ComponentUploads(DossierAccess access, Caller caller, StagedUploads uploads, ComponentAttachments attachments,
                            Clock clock) {
        this.access = access;
        this.caller = caller;
        this.uploads = uploads;
        this.attachments = attachments;
        this.clock = clock;
    }

    /**
     * The file is staged in its own transaction first: if it then does not fit the component, it stays an unused
     * upload that the clean-up removes with its file, rather than a stored file no row refers to.
     */
    public DossierComponent add(String dossierCode, String componentCode, String name, String fileName, InputStream content) {
        Dossier d = access.visible(dossierCode);
        if (!d.submittedBy.equals(caller.username()) && !caller.hasRole(Roles.COUNTER_OFFICER)) {
            throw ProblemException.forbidden("Chỉ người nộp hoặc cán bộ một cửa được bổ sung thành phần hồ sơ",
                    "Only the submitter or a one-stop officer may add components");
        }
        refuseIfWithdrawn(d);
        ProcedureComponent required = null;
        if (componentCode != null) {
            required = ProcedureComponent.<ProcedureComponent>findByIdOptional(new ProcedureComponent.Key(d.procedureId, componentCode))
                    .orElseThrow(() -> ProblemException.invalidField("component", "thủ tục không có thành phần mã " + componentCode,
                            "the procedure has no component " + componentCode));
        } else if (name == null || name.isBlank() || name.length() > 300) {
            throw ProblemException.invalidField("name", "cần mã thành phần (component) hoặc tên, tối đa 300 ký tự",
                    "give the component code or a name of at most 300 characters");
        }
        DossierComponent staged = uploads.stage(fileName, content, caller.username());
        if (required != null) {
            // the same rules as at reception: accepted type, and a proven signature where the procedure requires one
            Completeness.checkFile("file", required, staged);
        }
        ProcedureComponent component = required;
        return QuarkusTransaction.requiringNew().call(() -> {
            DossierComponent file = DossierComponent.findById(staged.id);
            if (component == null) {
                file.name = name.strip();
            }
            // the dossier's row is locked so that a withdrawal cannot slip in between this check and the attachment
            Dossier current = Dossier.findById(d.id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            refuseIfWithdrawn(current);
            return attachments.attach(current, component, file, false, caller.username(),
                    OffsetDateTime.now(clock));
        });
    }

    private static void refuseIfWithdrawn(Dossier d) {
        if (d.status == vn.motcua.intake.dossier.DossierStatus.WITHDRAWN) {
            throw ProblemException.conflict("dossier-withdrawn", "Hồ sơ " + d.code + " đã được rút; không thể bổ sung thành phần",
                    "Dossier " + d.code + " was withdrawn; no component can be added");
        }
    }

    public List<DossierComponent> list(String dossierCode) {
        Dossier d = access.visible(dossierCode);
        return DossierComponent.list("dossierId = ?1 ORDER BY uploadedAt", d.id);
    }
}
