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

    public enum Kind {
        /** Receipt with appointment date (phiếu tiếp nhận và hẹn trả kết quả). */
        RECEIPT
    }

    public enum Status { PENDING, SENT, DELIVERED, RETRYING, FAILED }
}
