package vn.motcua.platform.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * JSON requests are small forms; a JSON body over {@code motcua.json.max-bytes} (default 256 KB) is refused with
 * 413 problem+json before it is read. Files go through the streaming upload endpoints with their own limit; the HTTP
 * server's {@code quarkus.http.limits.max-body-size} stays the last guard for bodies without a length.
 */
public class JsonBodyLimit {

    @ConfigProperty(name = "motcua.json.max-bytes", defaultValue = "262144")
    long maxBytes;

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
