package vn.motcua.intake.component;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Content-addressed file store: a file lives at {@code <dir>/<sha256[0..2]>/<sha256>}, so the same document uploaded
 * twice is stored once and a stored file can never be silently replaced. Uploads are streamed to a temporary file
 * while hashed and counted, and refused as soon as they pass the size limit. The store is a directory
 * ({@code motcua.storage.dir}): several intake replicas must share it (a network volume); a file is written once under
 * its hash and never changed, so replicas need no coordination beyond the clean-up's advisory lock.
 */
@ApplicationScoped
public class ContentStore {

    /** A streamed upload: where it is, its hash, size and the first bytes (for the type check). */
    public record Staged(Path file, String sha256, long size, byte[] head, int headLength) {
    }

    /** Thrown when the stream exceeds the limit; nothing is kept. */
    public static class TooLarge extends Exception {
        public TooLarge() {
            super("too large");
        }
    }

    private final Path dir;

    public ContentStore(StorageConfig config) {
        this.dir = config.dir();
    }

    public Staged stage(InputStream in, long maxBytes) throws TooLarge {
        try {
            Files.createDirectories(dir.resolve("tmp"));
            Path tmp = Files.createTempFile(dir.resolve("tmp"), "upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[16];
            int headLength = 0;
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
                byte[] buf = new byte[64 * 1024];
                int n;
                while ((n = in.read(buf)) > 0) {
                    if (headLength < head.length) {
                        int k = Math.min(n, head.length - headLength);
                        System.arraycopy(buf, 0, head, headLength, k);
                        headLength += k;
                    }
                    size += n;
                    if (size > maxBytes) {
                        out.close();
                        Files.deleteIfExists(tmp);
                        throw new TooLarge();
                    }
                    out.write(buf, 0, n);
                }
            }
            return new Staged(tmp, HexFormat.of().formatHex(sha.digest()), size, head, headLength);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves a staged upload to its content address; returns the storage key. */
    public String keep(Staged s) {
        try {
            Path target = path(s.sha256());
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(s.file());
            } else {
                Files.move(s.file(), target, StandardCopyOption.ATOMIC_MOVE);
            }
            return s.sha256();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void discard(Staged s) {
        try {
            Files.deleteIfExists(s.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path(String sha256) {
        return dir.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
