package vn.motcua.notification.message;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A message to an applicant or an officer, with its delivery state. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    @Column(name = "event_id")
    public String eventId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Column(name = "dossier_code")
    public String dossierCode;
    /** The recipient's account (user name). */
    public String recipient;
    @Column(name = "recipient_type")
    public String recipientType;
    public String channel;
    public String subject;
    public String body;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int attempts;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
    @Column(name = "read_at")
    public OffsetDateTime readAt;
    /** E-mail address or phone number for EMAIL / SMS; null in-app. */
    @Column(name = "recipient_address")
    public String recipientAddress;
    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;
    @Column(name = "last_error")
    public String lastError;
    /** The official document sent with the message, if any. */
    @Column(name = "letter_id")
    public UUID letterId;

    public enum Kind {
        /** Receipt with appointment date (phiếu tiếp nhận và hẹn trả kết quả). */
        RECEIPT,
        /** Apology with a new appointment date (phiếu xin lỗi và hẹn lại ngày trả kết quả). */
        APOLOGY,
        /** Supplement requested during processing. */
        SUPPLEMENT_REQUEST,
        /** Fees or charges to pay. */
        PAYMENT_REQUEST,
        /** A fee or charge was paid: the electronic receipt (biên lai điện tử). */
        PAYMENT_RECEIPT,
        /** The signed result is ready. */
        RESULT_READY,
        /** The agency refused, with its reason. */
        REFUSAL,
        /** Processing stopped at the applicant's request. */
        STOP_NOTICE,
        /** To officers: a case is near due or overdue, or a step ran out. */
        DEADLINE_ALERT,
        /** To unit leaders: the day's deadline alerts in one message. */
        DAILY_DIGEST
    }

    /**
     * PENDING (to be sent), SENT (accepted by the mail server or SMS gateway), DELIVERED (in-app: stored is
     * delivered), RETRYING (failed, will be retried with back-off), FAILED (permanently).
     */
    /** LOGGED: no mail host or SMS gateway is configured, the message was only written to the log. */
    public enum Status { PENDING, SENT, LOGGED, DELIVERED, RETRYING, FAILED }
}
