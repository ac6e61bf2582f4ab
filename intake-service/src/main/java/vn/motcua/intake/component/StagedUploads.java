package vn.motcua.intake.component;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.events.contract.SignatureState;
import vn.motcua.signature.SignatureVerifier;
import vn.motcua.signature.TrustStore;
import vn.motcua.signature.Verification;

/**
 * Takes in one file: streamed and size-limited, typed by content (PDF, JPEG, PNG), SHA-256 kept, stored
 * content-addressed, PDF signatures verified. The row it writes belongs to nobody's dossier yet; a refused file
 * leaves nothing behind.
 */
@ApplicationScoped
public class StagedUploads {

    private final ContentStore store;
    private final ContentLocks locks;
    private final Clock clock;
    private final long maxBytes;
    private final Optional<Path> trustDir;

    public StagedUploads(ContentStore store, ContentLocks locks, Clock clock,
                         UploadConfig config, vn.motcua.platform.content.SignatureTrustConfig trust) {
        this.store = store;
        this.locks = locks;
        this.clock = clock;
        this.maxBytes = config.maxBytes();
        this.trustDir = trust.trustDir();
    }

    @Transactional
    public DossierComponent stage(String fileName, InputStream content, String uploadedBy) {
        java.util.Optional<String> displayName = vn.motcua.platform.text.FileNames.fromHeader(fileName);
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
        // a PDF is read into memory once, for the safety check and the signature check alike
        byte[] pdf = ContentTypes.PDF.equals(type) ? read(staged.file()) : null;
        if (pdf != null) {
            refuseUnsafePdf(staged, pdf);
        }
        Verification v = verify(pdf);
        locks.lock(staged.sha256()); // the clean-up may be deleting this content's file right now
        String key = store.keep(staged);
        DossierComponent c = new DossierComponent();
        c.id = UUID.randomUUID();
        // a safe display name, never a path; none given → the content's digest
        c.name = displayName.orElse(key);
        c.fileName = displayName.orElse(key + extension(type));
        c.mediaType = type;
        c.sizeBytes = staged.size();
        c.sha256 = key;
        c.signatureState = v.state();
        c.signerName = v.signerName();
        c.certificateSerial = v.certificateSerial();
        c.issuer = v.issuer();
        c.signingTime = v.signingTime() == null ? null : v.signingTime().atOffset(vn.motcua.calendar.VietnamTime.OFFSET);
        c.verificationDetail = v.detail();
        c.uploadedBy = uploadedBy;
        c.uploadedAt = OffsetDateTime.now(clock);
        c.persist();
        return c;
    }

    /** A PDF that cannot be read, has no page or runs code when opened is refused, nothing kept. */
    private void refuseUnsafePdf(ContentStore.Staged staged, byte[] pdf) {
        java.util.Optional<PdfContent.Finding> finding = PdfContent.inspect(pdf);
        if (finding.isEmpty()) {
            return;
        }
        store.discard(staged);
        PdfContent.Finding f = finding.get();
        throw switch (f.refusal()) {
            case ACTIVE_CONTENT -> ProblemException.unsupportedContent("pdf-active-content",
                    "Tệp PDF chứa mã chạy khi mở (JavaScript hoặc lệnh khởi chạy chương trình); hãy in ra PDF mới rồi nộp lại",
                    "The PDF runs code when opened (JavaScript or a launch action): " + f.detail() + "; print it to a new PDF and upload that");
            case NO_PAGES, UNREADABLE -> ProblemException.unsupportedContent("unreadable-pdf",
                    "Tệp bắt đầu như PDF nhưng không đọc được (hoặc không có trang nào); hãy kiểm tra tệp rồi nộp lại",
                    "The file starts like a PDF but cannot be read or has no page (" + f.detail() + "); check the file and upload it again");
        };
    }

    /** @param pdf the PDF's bytes; null for an image */
    private Verification verify(byte[] pdf) {
        if (pdf == null) {
            return Verification.of(SignatureState.UNSIGNED, "images carry no signature");
        }
        try {
            return new SignatureVerifier(TrustStore.fromDirectory(trustDir.orElse(null))).verifyPdf(pdf);
        } catch (IllegalArgumentException e) {
            return Verification.of(SignatureState.INVALID, "the PDF cannot be read: " + e.getMessage());
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
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
