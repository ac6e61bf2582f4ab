package vn.motcua.notification.message;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A message as its recipient sees it. */
public record NotificationView(UUID id, String kind, String dossierCode, String channel, String subject, String body,
                               String status, OffsetDateTime createdAt, OffsetDateTime sentAt, boolean read) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.kind.name(), n.dossierCode, n.channel, n.subject, n.body, n.status.name(),
                n.createdAt, n.sentAt, n.readAt != null);
    }
}
