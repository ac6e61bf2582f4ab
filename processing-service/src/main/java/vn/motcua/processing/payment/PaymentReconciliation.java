package vn.motcua.processing.payment;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.platform.events.contract.PaymentChannel;
import vn.motcua.processing.payment.gateway.GatewayReport;
import vn.motcua.processing.payment.gateway.GatewayUnavailableException;
import vn.motcua.processing.payment.gateway.PaymentGateway;

/**
 * Finds what a lost callback did not tell (đối soát): asks the gateway about every order still pending after a while,
 * then compares the gateway's list of yesterday and today with the bills paid here: a payment only the gateway
 * knows is settled, a payment only we know is flagged for an officer. Safe with several replicas: every report goes
 * through the settlement, which settles a bill once, and a flag is written once per order.
 */
@ApplicationScoped
public class PaymentReconciliation {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final int BATCH = 200;

    /** What a run did. */
    public record Run(int asked, int settled, int flagged) {
    }

    private final PaymentGateway gateway;
    private final PaymentSettlement settlement;
    private final PaymentConfig config;
    private final Clock time;

    public PaymentReconciliation(PaymentGateway gateway, PaymentSettlement settlement, PaymentConfig config, Clock time) {
        this.gateway = gateway;
        this.settlement = settlement;
        this.config = config;
        this.time = time;
    }

    @Scheduled(every = "${motcua.payment.reconcile.interval}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            Run r = run();
            if (r.settled() > 0 || r.flagged() > 0) {
                Log.infof("payment reconciliation: %d orders asked about, %d settled, %d flagged", r.asked(), r.settled(), r.flagged());
            }
        } catch (GatewayUnavailableException e) {
            Log.warnf("payment reconciliation postponed: %s", e.getMessage()); // the next run asks again
        }
    }

    public Run run() {
        OffsetDateTime now = OffsetDateTime.now(time);
        int asked = 0;
        int settled = 0;
        List<PaymentOrder> pending = QuarkusTransaction.requiringNew().call(
                () -> PaymentOrder.pendingSince(now.minus(config.reconcile().pendingAfter()), BATCH));
        for (PaymentOrder o : pending) {
            asked++;
            var report = gateway.status(o.orderId());
            if (report.isEmpty()) {
                settlement.attemptFailed(o.orderId());
            } else if (settlement.report(report.get(), PaymentReport.Source.STATUS_QUERY, null) == PaymentReport.Outcome.SETTLED) {
                settled++;
            }
        }
        LocalDate today = now.atZoneSameInstant(VIETNAM).toLocalDate();
        int flagged = 0;
        for (LocalDate day : List.of(today.minusDays(1), today)) {
            List<GatewayReport> list = gateway.paidOn(day);
            Set<String> listed = new HashSet<>();
            for (GatewayReport r : list) {
                listed.add(r.orderId());
                if (settlement.report(r, PaymentReport.Source.RECONCILIATION, null) == PaymentReport.Outcome.SETTLED) {
                    settled++;
                }
            }
            flagged += flagMissing(day, listed);
        }
        return new Run(asked, settled, flagged);
    }

    /** Bills paid online here on {@code day} whose order the gateway's list of that day lacks. */
    private int flagMissing(LocalDate day, Set<String> listed) {
        OffsetDateTime from = day.atStartOfDay().atOffset(VIETNAM);
        // a payment of the last minutes may not be listed yet: only those older than the pending delay are flagged
        OffsetDateTime until = min(from.plusDays(1), OffsetDateTime.now(time).minus(config.reconcile().pendingAfter()));
        List<PaymentOrder> paid = QuarkusTransaction.requiringNew().call(() -> PaymentOrder.<PaymentOrder>find(
                "status = ?1 AND billCode IN (SELECT o.billCode FROM PaymentObligation o WHERE o.channel = ?2 AND o.paidAt >= ?3 AND o.paidAt < ?4)",
                PaymentOrder.Status.PAID, PaymentChannel.ONLINE, from, until).list());
        int flagged = 0;
        for (PaymentOrder o : paid) {
            if (!listed.contains(o.orderId()) && settlement.missingAtGateway(o.orderId(), o.billCode())) {
                flagged++;
            }
        }
        return flagged;
    }

    private static OffsetDateTime min(OffsetDateTime a, OffsetDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
