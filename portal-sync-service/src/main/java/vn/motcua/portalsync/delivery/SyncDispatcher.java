package vn.motcua.portalsync.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.random.RandomGenerator;
import vn.motcua.portalsync.mapping.PortalOperation;
import vn.motcua.portalsync.portal.PortalClient;
import vn.motcua.portalsync.portal.PortalClient.Delivery;

/**
 * Sends the queued changes to the portal: claims a batch of dossier heads, calls the portal for each outside any
 * transaction (a few at a time), and writes each answer in its own transaction: acknowledged (the dossier's next
 * change may go), rejected (parked for an operator), or unavailable (tried again after back-off with jitter, never
 * given up, never overtaken by the dossier's later changes). Keeps going while it finds due changes.
 */
@ApplicationScoped
public class SyncDispatcher {

    private final ChangeQueue queue;
    private final PortalClient portal;
    private final SyncConfig config;
    private final ObjectMapper json;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Timer ackLag;
    private final RandomGenerator random = RandomGenerator.getDefault();
    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();
    private final Semaphore inFlight;
    /** set once the service shuts down: a tick then would find the database gone */
    private volatile boolean stopping;
    private volatile Thread loop;
    /** set when a call found the portal unavailable; the next acknowledgement wakes what backs off */
    private final java.util.concurrent.atomic.AtomicBoolean portalWasDown = new java.util.concurrent.atomic.AtomicBoolean();

    public SyncDispatcher(ChangeQueue queue, PortalClient portal, SyncConfig config, ObjectMapper json, Clock clock,
                          MeterRegistry meters) {
        this.queue = queue;
        this.portal = portal;
        this.config = config;
        this.json = json;
        this.clock = clock;
        this.meters = meters;
        this.inFlight = new Semaphore(config.parallelCalls());
        this.ackLag = Timer.builder("motcua.portal.ack.lag")
                .description("From a change of a dossier (its event time) to the portal's acknowledgement")
                .publishPercentiles(0.5, 0.99).publishPercentileHistogram().register(meters);
    }

    /**
     * Its own loop, not {@code @Scheduled}: the scheduler checks its triggers once a second, which would make every
     * change wait half a second on average before its call.
     */
    void start(@Observes io.quarkus.runtime.StartupEvent e) {
        loop = Thread.ofVirtual().name("portal-dispatcher").start(() -> {
            while (!stopping) {
                try {
                    if (dispatch() == 0) {
                        Thread.sleep(config.interval().toMillis());
                    }
                } catch (InterruptedException stop) {
                    return;
                } catch (RuntimeException ex) { // the database away: try again after a pause, never end the loop
                    if (!stopping) {
                        Log.warnf("portal dispatch failed, retrying: %s", ex.toString());
                        try {
                            Thread.sleep(Math.max(1000, config.interval().toMillis()));
                        } catch (InterruptedException stop) {
                            return;
                        }
                    }
                }
            }
        });
    }

    /** Sends until nothing is due; returns how many changes were claimed. */
    public int dispatch() {
        int total = 0;
        while (!stopping) {
            List<ChangeQueue.Claimed> batch = queue.claim(config.batchSize(), config.lease());
            if (batch.isEmpty()) {
                return total;
            }
            total += batch.size();
            List<Future<ChangeQueue.Outcome>> running = new ArrayList<>(batch.size());
            for (ChangeQueue.Claimed c : batch) {
                running.add(calls.submit(() -> sendOne(c)));
            }
            List<ChangeQueue.Outcome> outcomes = new ArrayList<>(batch.size());
            for (Future<ChangeQueue.Outcome> f : running) {
                try {
                    outcomes.add(f.get());
                } catch (Exception e) {
                    // interrupted while stopping: that change's lease runs out and it is claimed again
                    Log.warnf("portal call ended unexpectedly: %s", e.toString());
                }
            }
            queue.record(outcomes); // if this fails, the lease runs out and the calls are made again under their keys
            afterwards(outcomes);
        }
        return total;
    }

    private ChangeQueue.Outcome sendOne(ChangeQueue.Claimed c) throws InterruptedException {
        inFlight.acquire();
        long t0 = System.nanoTime();
        Delivery d;
        try {
            d = portal.send(PortalOperation.valueOf(operationOf(c)), c.unitId(), c.key(), json.readTree(c.payload()));
        } catch (IOException | RuntimeException e) {
            d = new Delivery.Unavailable(null, "adapter error: " + e); // our own bug for this call: retried, not lost
        } finally {
            inFlight.release();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return switch (d) {
            case Delivery.Acknowledged a -> new ChangeQueue.Outcome.Acked(c, a.message(),
                    new ChangeQueue.Attempt("ACKED", 200, a.message(), ms));
            case Delivery.Rejected r -> new ChangeQueue.Outcome.Refused(c, r.message(),
                    new ChangeQueue.Attempt("REJECTED", r.httpStatus(), r.message(), ms));
            case Delivery.Unavailable u -> new ChangeQueue.Outcome.Deferred(c, u.reason(),
                    Backoff.after(c.attempts(), config.firstBackoff(), config.maxBackoff(), random),
                    new ChangeQueue.Attempt("UNAVAILABLE", u.httpStatus(), u.reason(), ms));
        };
    }

    /** Metrics and logs once the outcomes are written; after an outage, the first acknowledgement wakes the rest. */
    private void afterwards(List<ChangeQueue.Outcome> outcomes) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean acked = false;
        for (ChangeQueue.Outcome o : outcomes) {
            switch (o) {
                case ChangeQueue.Outcome.Acked a -> {
                    acked = true;
                    if (a.change().occurredAt() != null) {
                        ackLag.record(Duration.between(a.change().occurredAt(), now).abs());
                    }
                    meters.counter("motcua.portal.calls", "outcome", "acked").increment();
                }
                case ChangeQueue.Outcome.Refused r -> {
                    Log.warnf("portal refused %s of %s (parked): %s", r.change().operation(), r.change().dossierCode(), r.message());
                    meters.counter("motcua.portal.calls", "outcome", "rejected").increment();
                }
                case ChangeQueue.Outcome.Deferred d -> {
                    portalWasDown.set(true);
                    meters.counter("motcua.portal.calls", "outcome", "unavailable").increment();
                }
            }
        }
        if (acked && outcomes.stream().noneMatch(o -> o instanceof ChangeQueue.Outcome.Deferred)
                && portalWasDown.compareAndSet(true, false)) {
            int woken = queue.wakeBackedOff(config.wakeSpread());
            Log.infof("the portal answers again: %d changes backing off made due within %s", woken, config.wakeSpread());
        }
    }

    private static String operationOf(ChangeQueue.Claimed c) {
        for (PortalOperation o : PortalOperation.values()) {
            if (o.portalName().equals(c.operation())) {
                return o.name();
            }
        }
        throw new IllegalArgumentException("unknown operation " + c.operation());
    }

    void stop(@Observes ShutdownEvent e) {
        stopping = true;
        if (loop != null) {
            loop.interrupt();
        }
        calls.shutdown();
    }
}
