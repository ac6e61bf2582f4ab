package vn.motcua.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An event waiting in (or already relayed from) the transactional outbox. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {
    @Id
    public UUID id;
    public String topic;
    @Column(name = "message_key")
    public String key;
    @Column(name = "event_type")
    public String type;
    public String payload;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    public int attempts;
    @Column(name = "last_error")
    public String lastError;
}
