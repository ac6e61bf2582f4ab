package vn.motcua.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Benchmark and drill results: printed, and appended to {@code bench/results/<name>.txt} (kept out of git). */
public final class Results {

    private Results() {
    }

    public static void report(String name, String text) throws IOException {
        String block = "== " + name + " " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                + " (" + Runtime.getRuntime().availableProcessors() + " cores, " + Runtime.version() + ")\n" + text + "\n";
        System.out.println(block);
        Path dir = Path.of(System.getProperty("motcua.root", ".")).resolve("bench/results");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name + ".txt"), block, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
