package vn.motcua.processing.result;

import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import vn.motcua.platform.content.Digests;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.processing.casefile.CaseAccess;
import vn.motcua.processing.casefile.DossierCase;
import vn.motcua.processing.workflow.ActionInputs;
import vn.motcua.processing.workflow.CaseAction;
import vn.motcua.processing.workflow.CaseLifecycle;
import vn.motcua.platform.events.contract.SignatureState;
import vn.motcua.signature.Verification;

/**
 * Takes the signed result of an approved case. The signature is verified for real before anything is stored; only a
 * VALID one makes the case RESULT_READY, otherwise the leader is told exactly why and nothing is kept.
 */
@RequestScoped
public class ResultService {

    private final Caller caller;
    private final CaseAccess access;
    private final CaseLifecycle lifecycle;
    private final TrustedSignatures signatures;
    private final Clock time;
    private final long maxBytes;

    public ResultService(Caller caller, CaseAccess access, CaseLifecycle lifecycle, TrustedSignatures signatures,
                         Clock time, ResultConfig config) {
        this.caller = caller;
        this.access = access;
        this.lifecycle = lifecycle;
        this.signatures = signatures;
        this.time = time;
        this.maxBytes = config.maxBytes();
    }

    @Transactional
    public ResultDocument upload(String dossierCode, String fileName, byte[] pdf) {
        DossierCase c = access.visible(dossierCode);
        if (!caller.requireAgency().equals(c.agencyCode)) {
            throw ProblemException.forbidden("Chỉ lãnh đạo cơ quan " + c.agencyCode + " được ký kết quả",
                    "Only a leader of agency " + c.agencyCode + " may sign the result");
        }
        if (!CaseAction.SIGN_RESULT.allowedFrom(c.state())) { // said before the file is read
            throw ProblemException.conflict("illegal-transition",
                    "Chỉ nhận kết quả khi hồ sơ đã được phê duyệt (APPROVED); hiện tại: " + c.state(),
                    "A result is taken only for an APPROVED case; this one is " + c.state());
        }
        if (pdf.length == 0 || pdf.length > maxBytes) {
            throw ProblemException.tooLarge("Tệp kết quả phải có nội dung và không quá " + maxBytes / (1024 * 1024) + " MB",
                    "The result file must be non-empty and at most " + maxBytes / (1024 * 1024) + " MB");
        }
        if (!isPdf(pdf)) {
            throw ProblemException.unsupportedContent("not-a-pdf",
                    "Nội dung tệp không phải PDF (kiểm tra theo nội dung, không theo tên tệp)",
                    "The content is not a PDF (checked by content, not by name)");
        }
        Verification v;
        try {
            v = signatures.verifier().verifyPdf(pdf);
        } catch (IllegalArgumentException e) {
            throw ProblemException.unsupportedContent("not-a-pdf", "Không đọc được tệp PDF",
                    "The PDF cannot be read: " + e.getMessage());
        }
        if (v.state() != SignatureState.VALID) {
            throw ProblemException.unprocessable("result-signature-not-valid",
                    "Kết quả chưa có chữ ký số hợp lệ (" + v.state() + "): " + v.detail(),
                    "The result does not carry a valid digital signature (" + v.state() + "): " + v.detail());
        }
        OffsetDateTime now = OffsetDateTime.now(time);
        ResultDocument d = new ResultDocument();
        d.id = UUID.randomUUID();
        d.caseId = c.id;
        d.fileName = vn.motcua.platform.text.FileNames.fromHeader(fileName).orElse(c.dossierCode + ".pdf");
        d.mediaType = "application/pdf";
        d.sizeBytes = pdf.length;
        d.sha256 = Digests.sha256Hex(pdf);
        d.content = pdf;
        d.signatureState = v.state();
        d.signerName = v.signerName();
        d.certificateSerial = v.certificateSerial();
        d.issuer = v.issuer();
        d.signingTime = v.signingTime() == null ? null : v.signingTime().atOffset(vn.motcua.calendar.VietnamTime.OFFSET);
        d.algorithm = v.algorithm();
        d.verificationDetail = v.detail();
        d.verifiedAt = now;
        d.uploadedBy = caller.username();
        d.uploadedAt = now;
        d.persist();

        lifecycle.apply(c, CaseAction.SIGN_RESULT, ActionInputs.NONE, caller.username(), now,
                "Kết quả ký số bởi " + v.signerName() + " (serial " + v.certificateSerial() + ")");
        return d;
    }

    public List<ResultDocument> list(String dossierCode) {
        DossierCase c = access.visible(dossierCode);
        return ResultDocument.list("caseId = ?1 ORDER BY uploadedAt", c.id);
    }

    /** For RETURN_RESULT: the latest result must be signed and valid, else the error says why. */
    public static void requireReturnable(DossierCase c) {
        ResultDocument d = ResultDocument.latest(c.id).orElseThrow(() -> ProblemException.conflict("result-missing",
                "Hồ sơ chưa có kết quả đã ký số", "The case has no signed result yet"));
        if (d.signatureState != SignatureState.VALID) {
            throw ProblemException.conflict("result-signature-not-valid",
                    "Kết quả chưa có chữ ký số hợp lệ (" + d.signatureState + ")",
                    "The result's signature is " + d.signatureState + ", not VALID");
        }
    }

    static boolean isPdf(byte[] b) {
        // the header may follow a few bytes of garbage (the spec allows it within the first 1024 bytes)
        String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }
}
