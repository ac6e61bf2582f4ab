package vn.motcua.testsupport.fuzz;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Throws {@link JsonMutations} at a write endpoint and collects every answer that breaks the rules: a 5xx, a 4xx
 * that is not problem+json with a code and an English and a Vietnamese detail, or a 4xx after which the service's
 * tables do not hold the same number of rows as before (half-stored data).
 */
public final class WriteEndpointFuzz {

    /** One write endpoint, a caller allowed to use it and a body it accepts. */
    public record Endpoint(String method, String path, Supplier<RequestSpecification> as, Supplier<String> validBody) {
        /** An endpoint whose valid body can be sent again and again. */
        public Endpoint(String method, String path, Supplier<RequestSpecification> as, String validBody) {
            this(method, path, as, () -> validBody);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** The seed of a run ({@code -Dfuzz.seed}) and the variants per endpoint ({@code -Dfuzz.variants}). */
    public static final long SEED = Long.getLong("fuzz.seed", 20261202L);
    public static final int VARIANTS = Integer.getInteger("fuzz.variants", 60);

    private WriteEndpointFuzz() {
    }

    /** One SQL query giving the number of rows in all {@code tables} together (what a refusal must leave alone). */
    public static String countRows(String... tables) {
        return "SELECT " + java.util.Arrays.stream(tables).map(t -> "(SELECT count(*) FROM " + t + ")")
                .collect(java.util.stream.Collectors.joining(" + "));
    }

    /**
     * @param seed  replays a run: the same seed draws the same variants
     * @param rows the number of rows in the tables a refused request must leave alone (read in a new transaction)
     * @return the statuses seen and the broken answers, each with the variant that caused it
     */
    public static Outcome run(Endpoint endpoint, long seed, int count, LongSupplier rows) {
        List<String> failures = new ArrayList<>();
        java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < count; i++) {
            // a fresh valid body each time (it may hold uploads a success used up), then its rows are the baseline
            String body = JsonMutations.mutate(endpoint.validBody().get(), random);
            long before = rows.getAsLong();
            Response r = endpoint.as().get().contentType("application/json")
                    .body(body.getBytes(StandardCharsets.UTF_8)).request(endpoint.method(), endpoint.path());
            int status = r.statusCode();
            statuses.merge(status, 1, Integer::sum);
            String problem = null;
            if (status >= 500) {
                problem = "answered " + status;
            } else if (status >= 400) {
                String type = r.contentType();
                if (type == null || !type.startsWith("application/problem+json")) {
                    problem = status + " as " + type + " instead of problem+json";
                } else if (blank(r.path("code")) || blank(r.path("detail")) || blank(r.path("detail_vi"))) {
                    problem = status + " without code, detail and detail_vi";
                } else if (rows.getAsLong() != before) {
                    problem = status + " but " + (rows.getAsLong() - before) + " rows stored";
                }
            }
            if (problem != null) {
                String answer = r.asString();
                failures.add(endpoint + " " + problem + " (" + answer.substring(0, Math.min(200, answer.length()))
                        + ") for " + (body.length() > 300 ? body.substring(0, 300) + "…" : body));
            }
        }
        return new Outcome(endpoint, statuses, failures);
    }

    /**
     * What one endpoint answered: how often each status came back, and the broken answers.
     *
     * @param statuses status → number of answers (a run that only ever got 401 or 404 tested little: look at it)
     */
    public record Outcome(Endpoint endpoint, java.util.Map<Integer, Integer> statuses, List<String> failures) {
        /** Answers from 400 to 499. */
        public int refused() {
            return statuses.entrySet().stream().filter(e -> e.getKey() >= 400 && e.getKey() < 500).mapToInt(java.util.Map.Entry::getValue).sum();
        }

        @Override
        public String toString() {
            return endpoint + " " + statuses;
        }
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
