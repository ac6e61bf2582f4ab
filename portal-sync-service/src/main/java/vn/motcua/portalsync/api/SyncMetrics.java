package vn.motcua.portalsync.api;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sync figures on {@code /q/metrics}: dossiers synced, changes pending, waiting and parked, the lag (age of the
 * oldest change not acknowledged) and the sync rate. Counted every 15 s, not per scrape: with a million dossiers a
 * count is a scan, and several Prometheus servers may scrape every replica.
 */
@ApplicationScoped
public class SyncMetrics {

    private final SyncReads reads;
    private final AtomicReference<Views.Summary> last = new AtomicReference<>(new Views.Summary(null, 0, 0, 0, 0, 0, 100, 0));

    public SyncMetrics(SyncReads reads, MeterRegistry meters) {
        this.reads = reads;
        Gauge.builder("motcua.portal.dossiers", last, s -> s.get().dossiers()).description("Dossiers known").register(meters);
        Gauge.builder("motcua.portal.dossiers.synced", last, s -> s.get().synced())
                .description("Dossiers whose every change the portal acknowledged").register(meters);
        Gauge.builder("motcua.portal.changes.pending", last, s -> s.get().pendingChanges())
                .description("Changes queued or being retried").register(meters);
        Gauge.builder("motcua.portal.changes.waiting", last, s -> s.get().waitingChanges())
                .description("Changes waiting for one they must follow").register(meters);
        Gauge.builder("motcua.portal.changes.parked", last, s -> s.get().parkedChanges())
                .description("Changes the portal refused, waiting for an operator").register(meters);
        Gauge.builder("motcua.portal.lag.seconds", last, s -> s.get().lagSeconds())
                .description("Age of the oldest change the portal has not acknowledged").register(meters);
        Gauge.builder("motcua.portal.sync.rate.percent", last, s -> s.get().syncRatePercent())
                .description("Synced dossiers over all dossiers, in %").register(meters);
    }

    /** Not while the service starts or stops: the database may be gone then (the scheduler's own predicate). */
    @Scheduled(every = "15s", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        last.set(QuarkusTransaction.requiringNew().call(() -> reads.summary(null)));
    }
}
