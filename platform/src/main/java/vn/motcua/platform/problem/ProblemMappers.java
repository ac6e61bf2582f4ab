package vn.motcua.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every error a service can raise into RFC 9457 problem+json; never leaks a stack trace. */
public class ProblemMappers {

    private final vn.motcua.platform.inbox.FailureClassifier failures;

    public ProblemMappers(vn.motcua.platform.inbox.FailureClassifier failures) {
        this.failures = failures;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response r = respond(e.toProblem(uri.getPath()));
        return e.retryAfterSeconds().map(s -> Response.fromResponse(r).header("Retry-After", s).build()).orElse(r);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> new Problem.FieldError(fieldPath(v), v.getMessage(), ValidationMessagesVi.translate(v)))
                .toList();
        String fields = errors.stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", "));
        return respond(new Problem("https://motcua.vn/problems/invalid-field", "Invalid data", 400,
                "Some fields are invalid: " + fields, uri.getPath(), "invalid-field", "Dữ liệu không hợp lệ",
                "Một số trường không hợp lệ: " + fields, errors));
    }

    @ServerExceptionMapper(priority = 1)
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String where = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[")
                : null;
        String detailEn;
        String detailVi;
        String field = where == null ? "(body)" : where;
        if (e instanceof vn.motcua.platform.text.ControlCharacterException cc) {
            return fieldProblem(uri, field, new Wording("control-character", "Invalid text", "Văn bản không hợp lệ",
                    "contains the control character " + cc.codePoint() + "; remove it and send again",
                    "chứa ký tự điều khiển " + cc.codePoint() + "; hãy xóa ký tự này rồi gửi lại"));
        }
        if (e instanceof vn.motcua.platform.text.DateOutOfRangeException range) {
            return fieldProblem(uri, field, new Wording("invalid-field", "Invalid data", "Dữ liệu không hợp lệ",
                    "has the year " + range.year() + ", outside " + range.allowed(),
                    "có năm " + range.year() + ", ngoài khoảng " + range.allowed()));
        }
        if (e instanceof InvalidFormatException && where != null) {
            detailEn = "Field " + where + " has a value of the wrong type or format";
            detailVi = "Trường " + where + " có giá trị sai kiểu hoặc sai định dạng";
        } else if (where != null) {
            detailEn = "The request body does not match the expected JSON at " + where;
            detailVi = "Nội dung yêu cầu không khớp cấu trúc JSON tại " + where;
        } else {
            detailEn = "The request body is not valid JSON (line " + lineOf(e) + ")";
            detailVi = "Nội dung yêu cầu không phải JSON hợp lệ (dòng " + lineOf(e) + ")";
        }
        List<Problem.FieldError> errors = where == null ? List.of() : List.of(new Problem.FieldError(where, detailEn, detailVi));
        return respond(new Problem("https://motcua.vn/problems/malformed-json", "Malformed request body", 400, detailEn,
                uri.getPath(), "malformed-json", "Nội dung yêu cầu sai định dạng", detailVi, errors));
    }

    /*
     * quarkus-rest-jackson has its own mappers for these two (answering plain application/json in English); the more
     * specific types are named here so that ours win.
     */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    /** A 400 about one field: its code, titles and what is wrong with the field (the detail is "Field x " + it). */
    private record Wording(String code, String titleEn, String titleVi, String wrongEn, String wrongVi) {
    }

    private static Response fieldProblem(UriInfo uri, String field, Wording w) {
        return respond(new Problem("https://motcua.vn/problems/" + w.code(), w.titleEn(), 400, "Field " + field + " " + w.wrongEn(),
                uri.getPath(), w.code(), w.titleVi(), "Trường " + field + " " + w.wrongVi(),
                List.of(new Problem.FieldError(field, w.wrongEn(), w.wrongVi()))));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return respond(new Problem("https://motcua.vn/problems/unauthorized", "Authentication required", 401,
                "Log in first: this endpoint needs a bearer token", uri.getPath(), "unauthorized",
                "Cần đăng nhập", "Vui lòng đăng nhập: chức năng này cần mã truy cập (bearer token)", List.of()));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(new UnauthorizedException(), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem("https://motcua.vn/problems/forbidden", "Forbidden", 403,
                "Your role may not do this", uri.getPath(), "forbidden", "Không có quyền",
                "Vai trò của bạn không được thực hiện chức năng này", List.of()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException jpe && status == 400) {
            return malformedJson(jpe, uri);
        }
        if (e.getCause() instanceof ProblemException pe) {
            return problem(pe, uri); // a parameter converter refused a value (JAX-RS wraps it in a 404)
        }
        // the framework's own wording ("No supported MessageBodyReader found…") is replaced by the project's
        HttpWording w = HttpWording.of(status);
        return respond(new Problem("https://motcua.vn/problems/http-" + status, w.titleEn(), status, w.detailEn(),
                uri.getPath(), "http-" + status, w.titleVi(), w.detailVi(), List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (e instanceof WebApplicationException wae) {
            return web(wae, uri);
        }
        if (isConcurrentChange(e)) {
            return respond(new Problem("https://motcua.vn/problems/concurrent-change", "Conflict", 409,
                    "The record was changed by someone else at the same moment; nothing was saved. Reload and try again.",
                    uri.getPath(), "concurrent-change", "Xung đột trạng thái",
                    "Hồ sơ vừa được người khác thay đổi cùng lúc; thao tác chưa được lưu. Vui lòng tải lại và thử lại.", List.of()));
        }
        if (touchesDatabase(e) && failures.classify(e) == vn.motcua.platform.inbox.FailureClassifier.Kind.TRANSIENT) {
            // the database is away (restarting, failing over): the client may retry; nothing was stored
            Log.warnf("%s: database unavailable: %s", uri.getPath(), e.toString());
            return Response.fromResponse(respond(new Problem("https://motcua.vn/problems/unavailable", "Service unavailable", 503,
                    "The service cannot reach its database at the moment; nothing was saved. Please try again in a minute.",
                    uri.getPath(), "unavailable", "Tạm thời gián đoạn",
                    "Hệ thống tạm thời không kết nối được cơ sở dữ liệu; dữ liệu chưa được lưu. Vui lòng thử lại sau ít phút.",
                    List.of()))).header("Retry-After", "30").build();
        }
        Log.errorf(e, "unexpected error on %s", uri.getPath());
        return respond(new Problem("https://motcua.vn/problems/internal", "Internal error", 500,
                "Something went wrong on our side; nothing was saved half-way. Please try again later.", uri.getPath(),
                "internal", "Lỗi hệ thống", "Đã có lỗi phía hệ thống; dữ liệu không bị lưu dở dang. Vui lòng thử lại sau.", List.of()));
    }

    /**
     * Two requests changed the same record at once: an optimistic-lock failure or a unique-key violation raised at
     * commit (wrapped by the transaction manager). The loser is told to retry; the winner's data stands.
     */
    static boolean isConcurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof org.hibernate.StaleStateException
                    || (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    static boolean touchesDatabase(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException || t instanceof jakarta.persistence.PersistenceException
                    || t instanceof org.hibernate.HibernateException || t instanceof jakarta.transaction.SystemException) {
                return true;
            }
        }
        return false;
    }

    static Response respond(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    /** "submit.request.applicant.citizenId" → "applicant.citizenId" (drop the method and parameter names). */
    static String fieldPath(ConstraintViolation<?> v) {
        List<String> parts = StreamSupport.stream(v.getPropertyPath().spliterator(), false)
                .map(n -> n.getName() == null ? "" : n.getName() + (n.getIndex() != null ? "[" + n.getIndex() + "]" : ""))
                .toList();
        int skip = v.getExecutableParameters() != null || v.getExecutableReturnValue() != null ? 2 : 0;
        List<String> tail = parts.size() > skip ? parts.subList(skip, parts.size()) : parts;
        String path = String.join(".", tail).replace(".[", "[");
        return path.isEmpty() ? String.join(".", parts) : path;
    }

    private static String lineOf(JsonProcessingException e) {
        return e.getLocation() == null ? "?" : Integer.toString(e.getLocation().getLineNr());
    }
}
