package vn.motcua.platform.text;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.motcua.platform.problem.Problem;
import vn.motcua.platform.problem.ProblemException;

/**
 * Refuses a request whose path, query parameters or header values (decoded) hold a control character, before any
 * resource, query or log line sees it: 400 problem+json naming the place (e.g. {@code q}, {@code path},
 * {@code X-File-Name}). JSON bodies are checked field by field by {@link TextJson}.
 */
public class RequestTextGuard {

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        var uri = request.getUriInfo();
        checkAll("path", List.of(uri.getPath()));
        for (Map.Entry<String, List<String>> q : uri.getQueryParameters().entrySet()) {
            checkAll(q.getKey(), q.getValue());
            checkAll("(query parameter name)", List.of(q.getKey()));
        }
        for (Map.Entry<String, List<String>> h : request.getHeaders().entrySet()) {
            for (String v : h.getValue()) {
                int bad = ControlCharacters.firstInHeader(v);
                if (bad >= 0) {
                    throw refused(h.getKey(), ControlCharacters.codePoint(v, bad));
                }
            }
        }
    }

    private static void checkAll(String name, List<String> values) {
        for (String v : values) {
            int bad = ControlCharacters.firstIn(v);
            if (bad >= 0) {
                throw refused(name, ControlCharacters.codePoint(v, bad));
            }
        }
    }

    private static ProblemException refused(String where, String codePoint) {
        return new ProblemException(400, "control-character", "Văn bản không hợp lệ", "Invalid text",
                where + " chứa ký tự điều khiển " + codePoint + "; hãy xóa ký tự này rồi gửi lại",
                where + " contains the control character " + codePoint + "; remove it and send again",
                List.of(new Problem.FieldError(where, "contains " + codePoint, "chứa ký tự điều khiển " + codePoint)));
    }
}
