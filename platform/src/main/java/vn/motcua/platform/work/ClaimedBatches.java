package vn.motcua.platform.work;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Work shared by several replicas through the database: each batch claims its rows with {@code FOR UPDATE SKIP
 * LOCKED} and handles them in one transaction, so no two replicas handle the same row at once and whatever a handler
 * writes (state, outbox events) commits together with the claim.
 */
@ApplicationScoped
public class ClaimedBatches {

    private final EntityManager em;
    private final Clock clock;

    public ClaimedBatches(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * Runs batches until one comes back short.
     *
     * @param claimSql a native query selecting the {@code id} (UUID) of due rows, with parameters {@code :now} and
     *                 {@code :n} (batch size), ending in {@code FOR UPDATE SKIP LOCKED}
     * @param handler  called for each claimed id with the batch's "now", inside the batch's transaction
     * @return how many rows were handled
     */
    public int drain(String claimSql, int batchSize, BiConsumer<UUID, OffsetDateTime> handler) {
        int total = 0;
        int n;
        do {
            n = QuarkusTransaction.requiringNew().call(() -> {
                OffsetDateTime now = OffsetDateTime.now(clock);
                @SuppressWarnings("unchecked")
                List<UUID> ids = em.createNativeQuery(claimSql, UUID.class)
                        .setParameter("now", now).setParameter("n", batchSize).getResultList();
                ids.forEach(id -> handler.accept(id, now));
                return ids.size();
            });
            total += n;
        } while (n == batchSize);
        return total;
    }

    /**
     * Runs leased batches until one comes back short, for work that calls another system (a mail server, a gateway,
     * the national portal): holding a row lock across a network call would keep a transaction and a pooled
     * connection open for as long as the other side takes. Instead each batch is claimed in its own short
     * transaction that moves the rows' due time {@code lease} ahead, and the handler runs outside any transaction.
     * A replica that dies mid-batch leaves its rows to be claimed again once the lease has run out (at least once).
     *
     * @param claimSql a native {@code UPDATE … SET <due column> = :leaseEnd … WHERE id IN (SELECT id … <due column>
     *                 <= :now … LIMIT :n FOR UPDATE SKIP LOCKED) RETURNING id}
     * @param handler  called for each claimed id, outside any transaction; it records the outcome itself
     * @return how many rows were handled
     */
    public int lease(String claimSql, int batchSize, Duration lease, Consumer<UUID> handler) {
        int total = 0;
        List<UUID> ids;
        do {
            ids = QuarkusTransaction.requiringNew().call(() -> {
                OffsetDateTime now = OffsetDateTime.now(clock);
                @SuppressWarnings("unchecked")
                List<UUID> claimed = em.createNativeQuery(claimSql, UUID.class)
                        .setParameter("now", now).setParameter("leaseEnd", now.plus(lease))
                        .setParameter("n", batchSize).getResultList();
                return claimed;
            });
            ids.forEach(handler);
            total += ids.size();
        } while (ids.size() == batchSize);
        return total;
    }
}
