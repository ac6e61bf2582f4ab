package vn.motcua.testsupport.fuzz;

import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Hostile values in the path and query parameters of the reads: an answer is 2xx, or 4xx problem+json, never a 5xx
 * nor an error without a body.
 */
public final class ReadParameterFuzz {

    /** Values no parameter should answer with a 5xx. */
    public static final List<String> HOSTILE_VALUES = List.of("", " ", "abc", "-1", "0", "2.5", "99999999999999999999",
            "9999", "9999-12-31", "9999-12-31T23:59:59+07:00", "+999999999-12-31T23:59:59Z", "0000-01-01", "2026-02-30",
            "2026-11-24T09:00", "25:99", "\u00a0", "%", "_", "'", "\"", "../..", "🙂", "\ud800", "a".repeat(5000),
            "00000000-0000-0000-0000-000000000000", "1-1-1-1-1");

    /** A read: the URL up to the value (e.g. {@code /api/v1/cases?state=}) and who sends it. */
    public record Read(String prefix, Supplier<RequestSpecification> as) {
    }

    private ReadParameterFuzz() {
    }

    /** @return the broken answers (empty when all were well) */
    public static List<String> run(List<Read> reads) {
        List<String> failures = new ArrayList<>();
        for (Read read : reads) {
            for (String value : HOSTILE_VALUES) {
                var r = read.as().get().urlEncodingEnabled(false).get(read.prefix() + URLEncoder.encode(value, StandardCharsets.UTF_8));
                String type = String.valueOf(r.contentType());
                if (r.statusCode() >= 500 || (r.statusCode() >= 400 && !type.startsWith("application/problem+json"))) {
                    String body = r.asString();
                    failures.add(read.prefix() + value.substring(0, Math.min(40, value.length())) + " → " + r.statusCode() + " "
                            + type + " " + body.substring(0, Math.min(200, body.length())));
                }
            }
        }
        return failures;
    }
}
