package vn.motcua.platform.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * JSON requests are small forms; a JSON body over {@code motcua.http.max-json-bytes} (default 256 KB) is refused with
 * 413 problem+json before it is read. Files go through the streaming upload endpoints with their own limit; the HTTP
 * server's {@code quarkus.http.limits.max-body-size} stays the last guard for bodies without a length.
 */
public class JsonBodyLimit {

    private final long maxBytes;

    public JsonBodyLimit(vn.motcua.platform.http.HttpLimitsConfig config) {
        this.maxBytes = config.maxJsonBytes();
    }

    @ServerRequestFilter
    public void check(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !type.getSubtype().endsWith("json")) {
            return;
        }
        int length = request.getLength();
        if (length > maxBytes) {
            throw new ProblemException(413, "body-too-large", "Nội dung quá lớn", "Request body too large",
                    "Nội dung JSON " + length + " byte vượt giới hạn " + maxBytes + " byte",
                    "The JSON body of " + length + " bytes exceeds the limit of " + maxBytes + " bytes", java.util.List.of());
        }
    }
}
