package vn.motcua.intake.component;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.time.Duration;
import java.time.OffsetDateTime;
import vn.motcua.platform.work.ClaimedBatches;

/**
 * Uploads never used in a submission are removed after {@code motcua.upload.staged-ttl} (default 24 h); their file
 * goes too unless another component still refers to the same content. Replicas share the work through claimed batches.
 */
@ApplicationScoped
public class StagedUploadCleanup {

    /** Unused uploads older than {@code %d} seconds before the batch's {@code :now}. */
    private static final String CLAIM = "SELECT id FROM dossier_component WHERE dossier_id IS NULL"
            + " AND uploaded_at < CAST(:now AS timestamptz) - %d * interval '1 second'"
            + " ORDER BY uploaded_at LIMIT :n FOR UPDATE SKIP LOCKED";

    private final ClaimedBatches batches;
    private final ContentStore store;
    private final ContentLocks locks;
    private final Duration ttl;

    public StagedUploadCleanup(ClaimedBatches batches, ContentStore store, ContentLocks locks,
                               UploadConfig config) {
        this.batches = batches;
        this.store = store;
        this.locks = locks;
        this.ttl = config.stagedTtl();
    }

    @Scheduled(every = "${motcua.upload.cleanup-interval}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        int n = removeOlderThan(ttl);
        if (n > 0) {
            Log.infof("removed %d unused uploads", n);
        }
    }

    /** Removes staged uploads older than {@code age}; returns how many. */
    public int removeOlderThan(Duration age) {
        return batches.drain(CLAIM.formatted(age.toSeconds()), 200,
                (id, now) -> {
                    DossierComponent c = DossierComponent.findById(id);
                    locks.lock(c.sha256);
                    c.delete();
                    if (DossierComponent.count("sha256", c.sha256) == 0) {
                        try {
                            Files.deleteIfExists(store.path(c.sha256));
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                });
    }
}
