package vn.motcua.intake.component;

import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.intake.dossier.Dossier;
import vn.motcua.intake.dossier.DossierAccess;
import vn.motcua.platform.events.EventTypes;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.events.contract.ComponentAdded;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.signature.SignatureState;
import vn.motcua.signature.SignatureVerifier;
import vn.motcua.signature.TrustStore;
import vn.motcua.signature.Verification;

/**
 * Adds an uploaded file to a dossier's components: streamed and size-limited, typed by content (PDF, JPEG, PNG),
 * SHA-256 kept, stored content-addressed, PDF signatures verified; announced with an event. A refused upload leaves
 * nothing behind.
 */
@RequestScoped
public class ComponentUploads {

    private final DossierAccess access;
    private final Caller caller;
    private final ContentStore store;
    private final Outbox outbox;
    private final Clock clock;
    private final long maxBytes;
    private final Optional<Path> trustDir;

    public ComponentUploads(DossierAccess access, Caller caller, ContentStore store, Outbox outbox, Clock clock,
                            @ConfigProperty(name = "motcua.upload.max-bytes", defaultValue = "10485760") long maxBytes,
                            @ConfigProperty(name = "motcua.signature.trust-dir") Optional<Path> trustDir) {
        this.access = access;
        this.caller = caller;
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.trustDir = trustDir;
    }

    @Transactional
    public DossierComponent add(String dossierCode, String name, String fileName, InputStream content) {
        Dossier d = access.visible(dossierCode);
        if (!d.submittedBy.equals(caller.username()) && !caller.hasRole(vn.motcua.platform.security.Roles.COUNTER_OFFICER)) {
            throw ProblemException.forbidden("Chỉ người nộp hoặc cán bộ một cửa được bổ sung thành phần hồ sơ",
                    "Only the submitter or a one-stop officer may add components");
        }
        if (name == null || name.isBlank() || name.length() > 300) {
            throw ProblemException.invalidField("name", "tên thành phần hồ sơ bắt buộc, tối đa 300 ký tự",
                    "the component's name is required, at most 300 characters");
        }
        ContentStore.Staged staged;
        try {
            staged = store.stage(content, maxBytes);
        } catch (ContentStore.TooLarge e) {
            throw ProblemException.tooLarge("Tệp vượt quá giới hạn " + maxBytes / (1024 * 1024) + " MB",
                    "The file exceeds " + maxBytes / (1024 * 1024) + " MB");
        }
        String type = ContentTypes.sniff(staged.head(), staged.headLength());
        if (type == null || staged.size() == 0) {
            store.discard(staged);
            throw ProblemException.unsupportedContent("unsupported-content",
                    "Chỉ nhận PDF, JPEG hoặc PNG; nội dung tệp không phải các định dạng này (kiểm tra theo nội dung, không theo tên)",
                    "Only PDF, JPEG or PNG are accepted; the content is none of them (checked by content, not by name)");
        }
        Verification v = verify(type, staged.file());
        String key = store.keep(staged);
        OffsetDateTime now = OffsetDateTime.now(clock);
        DossierComponent c = new DossierComponent();
        c.id = UUID.randomUUID();
        c.dossierId = d.id;
        c.name = name.strip();
        c.fileName = fileName == null || fileName.isBlank() ? key + extension(type) : fileName.strip();
        c.mediaType = type;
        c.sizeBytes = staged.size();
        c.sha256 = key;
        c.signatureState = v.state().name();
        c.signerName = v.signerName();
        c.certificateSerial = v.certificateSerial();
        c.issuer = v.issuer();
        c.signingTime = v.signingTime() == null ? null : v.signingTime().atOffset(ZoneOffset.ofHours(7));
        c.verificationDetail = v.detail();
        c.uploadedBy = caller.username();
        c.uploadedAt = now;
        c.persist();
        outbox.publish(Topics.INTAKE_DOSSIER_EVENTS, EventTypes.INTAKE_SOURCE, EventTypes.DOSSIER_COMPONENT_ADDED, d.code,
                new ComponentAdded(d.code, c.id.toString(), c.name, c.fileName, c.mediaType, c.sizeBytes, c.sha256,
                        c.signatureState, c.signerName, c.certificateSerial, c.signingTime, c.uploadedBy, now));
        return c;
    }

    public List<DossierComponent> list(String dossierCode) {
        Dossier d = access.visible(dossierCode);
        return DossierComponent.list("dossierId = ?1 ORDER BY uploadedAt", d.id);
    }

    private Verification verify(String type, Path file) {
        if (!ContentTypes.PDF.equals(type)) {
            return Verification.of(SignatureState.UNSIGNED, "images carry no signature");
        }
        try {
            return new SignatureVerifier(TrustStore.fromDirectory(trustDir.orElse(null))).verifyPdf(Files.readAllBytes(file));
        } catch (IllegalArgumentException e) {
            return Verification.of(SignatureState.INVALID, "the PDF cannot be read: " + e.getMessage());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String extension(String type) {
        return switch (type) {
            case ContentTypes.PDF -> ".pdf";
            case ContentTypes.JPEG -> ".jpg";
            default -> ".png";
        };
    }
}
