package vn.motcua.platform.events.schema;

import java.nio.file.Path;

/** The repository's root, where the tests find docs/ and tools/: {@code motcua.root} (set by the build) or {@code ..}. */
public final class Repository {

    private Repository() {
    }

    public static Path root() {
        String root = System.getProperty("motcua.root");
        return (root == null ? Path.of("..") : Path.of(root)).toAbsolutePath().normalize();
    }
}
