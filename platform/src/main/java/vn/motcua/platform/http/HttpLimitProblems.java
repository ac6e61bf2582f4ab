package vn.motcua.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.platform.problem.Problem;

/**
 * A request too long to be served — a request target over {@link HttpLimitsConfig#maxUriLength()}, a body over
 * {@code quarkus.http.limits.max-body-size} — is answered with problem+json like every other error, at the front of
 * the router (before the body is read) and, for a body without a length that grows too large, from the route's
 * failure. Quarkus' own answers to these carry no body at all.
 */
@ApplicationScoped
public class HttpLimitProblems {

    private final HttpLimitsConfig config;
    private final long maxBody;
    private final ObjectMapper json;

    public HttpLimitProblems(HttpLimitsConfig config, ObjectMapper json,
                             @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody) {
        this.config = config;
        this.json = json;
        this.maxBody = maxBody.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
                tooLarge(ctx);
            } else {
                ctx.next();
            }
        });
    }

    private void check(RoutingContext ctx) {
        if (ctx.request().uri().length() > config.maxUriLength()) {
            int max = config.maxUriLength();
            send(ctx, new Problem("https://motcua.vn/problems/uri-too-long", "URI too long", 414,
                    "The address of the request is longer than " + max + " characters; send the data in the body instead",
                    ctx.request().path(), "uri-too-long", "Địa chỉ yêu cầu quá dài",
                    "Địa chỉ của yêu cầu dài quá " + max + " ký tự; hãy gửi dữ liệu trong nội dung yêu cầu", List.of()));
            return;
        }
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLong(length)) {
            tooLarge(ctx);
            return;
        }
        ctx.next();
    }

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length.strip()) > maxBody;
        } catch (NumberFormatException e) {
            return false; // the HTTP codec refuses a malformed length itself
        }
    }

    private void tooLarge(RoutingContext ctx) {
        long mb = maxBody / (1024 * 1024);
        String limit = mb > 0 ? mb + " MB" : maxBody / 1024 + " kB";
        // the unread body is not drained: the connection is closed after the answer
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        send(ctx, new Problem("https://motcua.vn/problems/payload-too-large", "Payload too large", 413,
                "The request body is larger than " + limit + "; send a smaller file", ctx.request().path(),
                "payload-too-large", "Dữ liệu gửi lên quá lớn", "Nội dung gửi lên lớn hơn " + limit + "; hãy gửi tệp nhỏ hơn",
                List.of()));
    }

    private void send(RoutingContext ctx, Problem p) {
        String body;
        try {
            body = json.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ctx.response().setStatusCode(p.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader("X-Content-Type-Options", "nosniff").end(body);
    }
}
