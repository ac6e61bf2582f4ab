package vn.motcua.platform.events.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the pinned Spectral CLI ({@code tools/spectral}, installed by {@code ./motcua test} with {@code npm ci}) on an
 * API document and returns every finding of severity error, warning or information, as "code path: message".
 */
public final class Spectral {

    private Spectral() {
    }

    /** @param ruleset a file of {@code tools/spectral/}, e.g. {@code openapi.spectral.yaml} */
    public static List<String> lint(Path document, String ruleset) throws IOException, InterruptedException {
        Path tools = Repository.root().resolve("tools/spectral");
        Path cli = tools.resolve("node_modules/.bin/spectral");
        if (!Files.isExecutable(cli)) {
            throw new IllegalStateException("Spectral is not installed: run `npm ci --prefix tools/spectral` (./motcua test does)");
        }
        Path report = Files.createTempFile("spectral", ".json");
        try {
            Process p = new ProcessBuilder(cli.toString(), "lint", document.toAbsolutePath().toString(),
                    "--ruleset", tools.resolve(ruleset).toString(), "--format", "json", "--output", report.toString(),
                    "--fail-severity", "error", "--quiet")
                    .redirectErrorStream(true).start();
            String console = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("spectral did not finish in 120 s");
            }
            String json = Files.readString(report);
            if (json.isBlank()) {
                throw new IllegalStateException("spectral wrote no report (exit " + p.exitValue() + "): " + console);
            }
            List<String> findings = new ArrayList<>();
            for (JsonNode f : new ObjectMapper().readTree(json)) {
                // severity: 0 error, 1 warning, 2 information, 3 hint
                if (f.path("severity").asInt() <= 2) {
                    findings.add(f.path("code").asText() + " " + String.join(".", pathOf(f)) + " (line "
                            + (f.path("range").path("start").path("line").asInt() + 1) + "): " + f.path("message").asText());
                }
            }
            return findings;
        } finally {
            Files.deleteIfExists(report);
        }
    }

    private static List<String> pathOf(JsonNode finding) {
        List<String> parts = new ArrayList<>();
        finding.path("path").forEach(n -> parts.add(n.asText()));
        return parts;
    }
}
