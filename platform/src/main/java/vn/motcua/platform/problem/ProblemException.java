package vn.motcua.platform.problem;

import java.util.List;

/**
 * A refusal the caller can understand: thrown anywhere, rendered as problem+json by {@link ProblemMappers}.
 * Messages come in Vietnamese and English.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String titleVi;
    private final String titleEn;
    private final String detailVi;
    private final List<Problem.FieldError> errors;
    private Long retryAfterSeconds;

    public ProblemException(int status, String code, String titleVi, String titleEn, String detailVi, String detailEn,
                            List<Problem.FieldError> errors) {
        super(detailEn);
        this.status = status;
        this.code = code;
        this.titleVi = titleVi;
        this.titleEn = titleEn;
        this.detailVi = detailVi;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException badRequest(String code, String detailVi, String detailEn) {
        return new ProblemException(400, code, "Yêu cầu không hợp lệ", "Invalid request", detailVi, detailEn, List.of());
    }

    public static ProblemException invalidField(String field, String messageVi, String messageEn) {
        return new ProblemException(400, "invalid-field", "Dữ liệu không hợp lệ", "Invalid data",
                "Trường " + field + ": " + messageVi, "Field " + field + ": " + messageEn,
                List.of(new Problem.FieldError(field, messageEn, messageVi)));
    }

    public static ProblemException notFound(String code, String detailVi, String detailEn) {
        return new ProblemException(404, code, "Không tìm thấy", "Not found", detailVi, detailEn, List.of());
    }

    public static ProblemException forbidden(String detailVi, String detailEn) {
        return new ProblemException(403, "forbidden", "Không có quyền", "Forbidden", detailVi, detailEn, List.of());
    }

    public static ProblemException conflict(String code, String detailVi, String detailEn) {
        return new ProblemException(409, code, "Xung đột trạng thái", "Conflict", detailVi, detailEn, List.of());
    }

    public static ProblemException unprocessable(String code, String detailVi, String detailEn) {
        return new ProblemException(422, code, "Không thể xử lý", "Unprocessable", detailVi, detailEn, List.of());
    }

    /** 413: an upload over its size limit. */
    public static ProblemException tooLarge(String detailVi, String detailEn) {
        return new ProblemException(413, "file-too-large", "Tệp quá lớn", "File too large", detailVi, detailEn, List.of());
    }

    /** 415: content that is not of an accepted type (judged by the bytes, not the name). */
    public static ProblemException unsupportedContent(String code, String detailVi, String detailEn) {
        return new ProblemException(415, code, "Sai định dạng tệp", "Unsupported file type", detailVi, detailEn, List.of());
    }

    public Problem toProblem(String instance) {
        return new Problem("https://motcua.vn/problems/" + code, titleEn, status, getMessage(), instance, code, titleVi,
                detailVi, errors);
    }

    /** Tells the client when to come back (the {@code Retry-After} header of a 429 or 503). */
    public ProblemException retryAfter(long seconds) {
        this.retryAfterSeconds = Math.max(1, seconds);
        return this;
    }

    public java.util.Optional<Long> retryAfterSeconds() {
        return java.util.Optional.ofNullable(retryAfterSeconds);
    }

    public int status() {
        return status;
    }
}
