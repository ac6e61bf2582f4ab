package vn.motcua.notification.alert;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import vn.motcua.notification.message.Notification;
import vn.motcua.notification.message.Notifications;
import vn.motcua.platform.security.Roles;

/**
 * Every working morning, one message per unit to its leaders: the previous day's deadline alerts (near due, overdue,
 * late steps) in one list. Once per unit and day even with several replicas (the idempotency key is unit + day).
 */
@ApplicationScoped
public class DailyDigest {

    static final ZoneOffset VIETNAM = vn.motcua.calendar.VietnamTime.OFFSET;

    private final EntityManager em;
    private final Notifications notifications;
    private final Clock clock;

    public DailyDigest(EntityManager em, Notifications notifications, Clock clock) {
        this.em = em;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Scheduled(cron = "${motcua.digest.cron:0 0 7 * * ?}", timeZone = "Asia/Ho_Chi_Minh")
    void morning() {
        send(OffsetDateTime.now(clock).withOffsetSameInstant(VIETNAM).toLocalDate().minusDays(1));
    }

    /** Sends the digests of the alerts recorded on {@code day} (Vietnamese date); returns how many units got one. */
    public int send(LocalDate day) {
        OffsetDateTime from = day.atStartOfDay().atOffset(VIETNAM);
        OffsetDateTime to = from.plusDays(1);
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    SELECT agency, string_agg(DISTINCT subject, E'\\n' ORDER BY subject) FROM (
                        SELECT COALESCE(c.agency_code, NULLIF(split_part(n.recipient, ':', 2), '')) AS agency, n.subject
                        FROM notification n LEFT JOIN dossier_contact c ON c.dossier_code = n.dossier_code
                        WHERE n.kind = 'DEADLINE_ALERT' AND n.channel = 'IN_APP'
                          AND n.created_at >= :from AND n.created_at < :to) a
                    WHERE agency IS NOT NULL
                    GROUP BY agency""").setParameter("from", from).setParameter("to", to).getResultList();
            int sent = 0;
            for (Object[] r : rows) {
                String agency = (String) r[0];
                String lines = (String) r[1];
                long count = lines.lines().count();
                String date = String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
                boolean fresh = notifications.record(new Notifications.Outgoing("digest:" + agency + ":" + day,
                        Notification.Kind.DAILY_DIGEST, "-", DeadlineAlerts.roleInbox(agency, Roles.LEADER), "OFFICER",
                        Notifications.IN_APP, null, "Tổng hợp cảnh báo hạn xử lý ngày " + date + " (" + count + ")",
                        "Các cảnh báo ngày " + date + ":\n" + lines, null));
                if (fresh) {
                    sent++;
                }
            }
            return sent;
        });
    }
}
