package vn.motcua.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.motcua.notification.message.Notification;
import vn.motcua.testsupport.TestCodes;
import vn.motcua.testsupport.Waits;

/**
 * The dispatcher hands a message to its provider outside any transaction: while a slow mail server or SMS gateway
 * holds the hand-over, the message's row is not locked (another replica or an officer's read is not blocked) and no
 * database connection waits with it; the claim is a lease, and the outcome is written once the provider answered.
 */
@QuarkusTest
class DispatcherLeaseTest {

    @Inject
    HeldChannel held;
    @Inject
    EntityManager em;

    @Test
    void aSlowProviderHoldsNoRowLockAndTheOutcomeIsRecordedAfter() throws Exception {
        UUID id = UUID.randomUUID();
        CountDownLatch entered = held.entered.computeIfAbsent(id, k -> new CountDownLatch(1));
        CountDownLatch release = held.released.computeIfAbsent(id, k -> new CountDownLatch(1));
        OffsetDateTime created = OffsetDateTime.now();
        QuarkusTransaction.requiringNew().run(() -> {
            Notification n = new Notification();
            n.id = id;
            n.idempotencyKey = "lease-test:" + id;
            n.eventId = id.toString();
            n.kind = Notification.Kind.RECEIPT;
            n.dossierCode = TestCodes.dossier("000.00.98.H56");
            n.recipient = "citizen-lease";
            n.recipientType = "APPLICANT";
            n.recipientAddress = "lease@example.vn";
            n.channel = HeldChannel.NAME;
            n.subject = "Phiếu tiếp nhận";
            n.body = "Hồ sơ của ông/bà đã được tiếp nhận.";
            n.status = Notification.Status.PENDING;
            n.createdAt = created;
            n.nextAttemptAt = created.minusSeconds(1);
            n.persist();
        });
        try {
            assertThat(entered.await(30, TimeUnit.SECONDS)).as("the dispatcher reached the provider").isTrue();
            assertThat(held.inTransaction.get(id)).as("called inside a transaction").isFalse();
            // while the provider holds it: the row can be locked at once by someone else, and it is leased ahead
            Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                    "SELECT attempts, next_attempt_at > now() + interval '1 minute', status FROM notification"
                            + " WHERE id = :id FOR UPDATE NOWAIT")
                    .setParameter("id", id).getSingleResult());
            assertThat(((Number) row[0]).intValue()).isEqualTo(1);
            assertThat(row[1]).as("leased ahead").isEqualTo(true);
            assertThat(row[2]).isEqualTo("PENDING");
        } finally {
            release.countDown();
        }
        Waits.until("the hand-over recorded", () -> QuarkusTransaction.requiringNew().call(() -> {
            Notification n = em.find(Notification.class, id);
            return n.status == Notification.Status.SENT;
        }));
        Notification sent = QuarkusTransaction.requiringNew().call(() -> em.find(Notification.class, id));
        assertThat(sent.nextAttemptAt).isNull();
        assertThat(sent.attempts).isEqualTo(1);
        assertThat(sent.sentAt).isNotNull();
    }
}
