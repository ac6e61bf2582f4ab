package vn.motcua.intake.component;

import java.util.EnumSet;
import vn.motcua.platform.events.contract.SignatureState;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.motcua.intake.dossier.SubmitDossierRequest.ComponentRef;
import vn.motcua.intake.procedure.Procedure;
import vn.motcua.intake.procedure.ProcedureComponent;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;

/**
 * Completeness check at reception (kiểm tra tính đầy đủ): what a submission brings against what the procedure version
 * requires. Each file must be of a type the component accepts and signed where required; a mandatory component that
 * was not brought is taken from the applicant's digitised documents when a valid copy exists (so it is not asked for
 * again), otherwise the submission is incomplete and the refusal lists exactly what is missing.
 */
@ApplicationScoped
public class Completeness {

    /** Signature states a digitised copy may be reused in (broken, revoked or expired copies are not). */
    private static final Set<SignatureState> REUSABLE_STATES = EnumSet.of(SignatureState.UNSIGNED, SignatureState.SIGNED, SignatureState.VALID);
    /**
     * What "must be signed" accepts: a signature proven valid against the province's trusted CAs. SIGNED (present but
     * not checkable, no CA configured) and UNTRUSTED are refused: the requirement fails closed.
     */
    private static final Set<SignatureState> PROVEN_SIGNATURE = EnumSet.of(SignatureState.VALID);

    /** A component ready to attach: the requirement it meets and the file; reused when it comes from an earlier dossier. */
    public record Match(ProcedureComponent required, DossierComponent source, boolean reused) {
    }

    /** Who the applicant is, for finding their digitised documents: citizen ID or tax code. */
    public record ApplicantIdentity(String citizenId, String taxCode) {
    }

    public List<Match> check(Procedure procedure, List<ComponentRef> refs, ApplicantIdentity applicant, String caller) {
        Map<String, ProcedureComponent> required = required(procedure);
        List<Match> matches = given(required, refs, applicant, caller);
        Gaps gaps = gaps(required.values(), matches.stream().map(m -> m.required().code).collect(Collectors.toSet()), applicant);
        matches.addAll(gaps.reused());
        List<Problem.FieldError> missing = gaps.missing().stream()
                .map(req -> new Problem.FieldError("components." + req.code,
                        "missing: " + req.name + " (" + formEn(req.form) + ", " + req.quantity + ")",
                        "thiếu: " + req.name + " (" + formVi(req.form) + ", " + req.quantity + ")")).toList();
        if (!missing.isEmpty()) {
            String listVi = missing.stream().map(Problem.FieldError::messageVi).collect(Collectors.joining("; "));
            String listEn = missing.stream().map(Problem.FieldError::message).collect(Collectors.joining("; "));
            throw new ProblemException(422, "incomplete-dossier", "Hồ sơ chưa đầy đủ", "Incomplete dossier",
                    "Hồ sơ còn thiếu " + missing.size() + " thành phần bắt buộc: " + listVi,
                    "The dossier lacks " + missing.size() + " mandatory component(s): " + listEn, missing);
        }
        return matches;
    }

    /** Mandatory components not brought: those the applicant's digitised copies cover, and those still missing. */
    private record Gaps(List<Match> reused, List<ProcedureComponent> missing) {
    }

    private static Gaps gaps(java.util.Collection<ProcedureComponent> required, Set<String> brought, ApplicantIdentity applicant) {
        List<Match> reused = new ArrayList<>();
        List<ProcedureComponent> missing = new ArrayList<>();
        for (ProcedureComponent req : required) {
            if (req.mandatory && !brought.contains(req.code)) {
                Optional<DossierComponent> copy = latestDigitised(req.documentType, applicant);
                if (copy.isPresent()) {
                    reused.add(new Match(req, copy.get(), true));
                } else {
                    missing.add(req);
                }
            }
        }
        return new Gaps(reused, missing);
    }

    /** What a walk-in lacks for the procedure, given the codes of what they brought (for a supplement slip at reception). */
    public List<ProcedureComponent> missing(Procedure procedure, java.util.Collection<String> broughtCodes, ApplicantIdentity applicant) {
        Map<String, ProcedureComponent> required = required(procedure);
        for (String code : broughtCodes) {
            if (!required.containsKey(code)) {
                throw ProblemException.invalidField("broughtComponents", "thủ tục không có thành phần mã " + code,
                        "the procedure has no component " + code);
            }
        }
        return gaps(required.values(), Set.copyOf(broughtCodes), applicant).missing();
    }

    /**
     * Checks what is brought without asking for anything else (a supplement brings only what was asked for): each
     * reference must name a component of the procedure, be the caller's unused upload or the applicant's digitised
     * document, of an accepted type and signed where required.
     */
    public List<Match> given(Procedure procedure, List<ComponentRef> refs, ApplicantIdentity applicant, String caller) {
        return given(required(procedure), refs, applicant, caller);
    }

    private static Map<String, ProcedureComponent> required(Procedure procedure) {
        return ProcedureComponent.of(procedure).stream()
                .collect(Collectors.toMap(c -> c.code, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static List<Match> given(Map<String, ProcedureComponent> required, List<ComponentRef> refs,
                                     ApplicantIdentity applicant, String caller) {
        List<Match> matches = new ArrayList<>();
        Set<java.util.UUID> usedUploads = new HashSet<>();
        List<ComponentRef> given = refs == null ? List.of() : refs;
        // claiming is atomic: the uploads' rows stay locked until this submission commits or rolls back
        DossierComponent.lockForClaim(given.stream().map(ComponentRef::uploadId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(java.util.TreeSet::new)));
        for (int i = 0; i < given.size(); i++) {
            ComponentRef ref = given.get(i);
            String field = "components[" + i + "]";
            ProcedureComponent req = required.get(ref.code());
            if (req == null) {
                throw ProblemException.invalidField(field + ".code", "thủ tục không có thành phần mã " + ref.code(),
                        "the procedure has no component " + ref.code());
            }
            if ((ref.uploadId() == null) == (ref.documentId() == null)) {
                throw ProblemException.invalidField(field, "cần đúng một trong uploadId hoặc documentId",
                        "give exactly one of uploadId or documentId");
            }
            Match m = ref.uploadId() != null ? fromUpload(field, req, ref, caller, usedUploads)
                    : fromDigitised(field, req, ref, applicant);
            checkFile(field, req, m.source());
            matches.add(m);
        }
        return matches;
    }

    private static Match fromUpload(String field, ProcedureComponent req, ComponentRef ref, String caller,
                                    Set<java.util.UUID> used) {
        if (!used.add(ref.uploadId())) {
            throw ProblemException.invalidField(field + ".uploadId", "tệp đã được dùng cho thành phần khác",
                    "the upload is already used for another component");
        }
        DossierComponent upload = DossierComponent.staged(ref.uploadId(), caller).orElseThrow(() ->
                DossierComponent.claimed(ref.uploadId(), caller)
                        ? new ProblemException(409, "upload-already-used", "Xung đột trạng thái", "Conflict",
                                "Tệp tải lên " + ref.uploadId() + " đã thuộc một hồ sơ khác (có thể do gửi trùng); hồ sơ này chưa được lưu",
                                "Upload " + ref.uploadId() + " already belongs to another dossier (perhaps a repeated submission); this one was not stored",
                                List.of(new Problem.FieldError(field + ".uploadId", "already used by another dossier", "đã thuộc hồ sơ khác")))
                        : ProblemException.invalidField(field + ".uploadId", "không có tệp tải lên " + ref.uploadId() + " của bạn chưa dùng",
                                "no unused upload " + ref.uploadId() + " of yours"));
        return new Match(req, upload, false);
    }

    private static Match fromDigitised(String field, ProcedureComponent req, ComponentRef ref, ApplicantIdentity applicant) {
        DossierComponent doc = DossierComponent.<DossierComponent>findByIdOptional(ref.documentId())
                .filter(c -> c.dossierId != null && req.documentType != null && req.documentType.equals(c.documentType))
                .filter(c -> ofApplicant(c, applicant))
                .orElseThrow(() -> ProblemException.invalidField(field + ".documentId",
                        "không phải giấy tờ số hóa loại " + req.documentType + " của người nộp hồ sơ này",
                        "not a digitised " + req.documentType + " document of this applicant"));
        if (!REUSABLE_STATES.contains(doc.signatureState)) {
            throw ProblemException.unprocessable("document-not-reusable",
                    "Bản số hóa không còn giá trị (chữ ký " + doc.signatureState + ")",
                    "The digitised copy is not valid (signature " + doc.signatureState + ")");
        }
        return new Match(req, doc, true);
    }

    /** The file fits the component: an accepted type, and a proven signature where one is required. */
    static void checkFile(String field, ProcedureComponent req, DossierComponent file) {
        if (!req.acceptedTypeList().contains(file.mediaType)) {
            throw new ProblemException(415, "component-type-not-accepted", "Sai định dạng tệp", "Unsupported file type",
                    "Thành phần " + req.code + " chỉ nhận " + req.acceptedTypes + ", tệp là " + file.mediaType,
                    "Component " + req.code + " accepts " + req.acceptedTypes + ", the file is " + file.mediaType,
                    List.of(new Problem.FieldError(field, "type " + file.mediaType + " not accepted", "định dạng không được nhận")));
        }
        if (req.mustBeSigned && !PROVEN_SIGNATURE.contains(file.signatureState)) {
            throw new ProblemException(422, "component-not-signed", "Thiếu chữ ký số hợp lệ", "No valid digital signature",
                    "Thành phần " + req.code + " phải được ký số hợp lệ (trạng thái: " + file.signatureState + ")",
                    "Component " + req.code + " must carry a valid digital signature (state: " + file.signatureState + ")",
                    List.of(new Problem.FieldError(field, "signature " + file.signatureState, "chữ ký " + file.signatureState)));
        }
    }

    private static boolean ofApplicant(DossierComponent c, ApplicantIdentity applicant) {
        return DossierComponent.count("FROM DossierComponent c, Dossier d WHERE c.id = ?1 AND c.dossierId = d.id"
                        + " AND (d.applicantCitizenId = ?2 OR d.applicantTaxCode = ?3)",
                c.id, applicant.citizenId(), applicant.taxCode()) > 0;
    }

    private static Optional<DossierComponent> latestDigitised(String documentType, ApplicantIdentity applicant) {
        if (documentType == null || (applicant.citizenId() == null && applicant.taxCode() == null)) {
            return Optional.empty();
        }
        return DossierComponent.find("SELECT c FROM DossierComponent c, Dossier d WHERE c.dossierId = d.id"
                        + " AND c.documentType = ?1 AND c.signatureState IN ?2"
                        + " AND (d.applicantCitizenId = ?3 OR d.applicantTaxCode = ?4) ORDER BY c.uploadedAt DESC",
                documentType, REUSABLE_STATES, applicant.citizenId(), applicant.taxCode()).firstResultOptional();
    }

    private static String formVi(String form) {
        return switch (form) {
            case "ORIGINAL" -> "bản chính";
            case "CERTIFIED_COPY" -> "bản sao chứng thực";
            default -> "bản sao";
        };
    }

    private static String formEn(String form) {
        return switch (form) {
            case "ORIGINAL" -> "original";
            case "CERTIFIED_COPY" -> "certified copy";
            default -> "copy";
        };
    }
}
