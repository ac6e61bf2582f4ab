package vn.motcua.notification.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.platform.events.contract.DeadlineCrossed;
import vn.motcua.platform.events.contract.StepOverdue;
import vn.motcua.platform.security.Roles;
import vn.motcua.notification.message.Notification;
import vn.motcua.notification.message.Notifications;

/**
 * Officers' alerts (in-app): near due → the responsible specialist (or the unit leader while unassigned); overdue →
 * escalated to the unit leader and the one-stop office (counter officers) as well; a late step → its officer.
 * Role-wide alerts are addressed to {@code agency:<code>:<role>} and shown to every officer holding that role there.
 */
@ApplicationScoped
public class DeadlineAlerts {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final Notifications notifications;

    public DeadlineAlerts(Notifications notifications) {
        this.notifications = notifications;
    }

    public static String roleInbox(String agency, String role) {
        return "agency:" + agency + ":" + role;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void crossed(String eventId, DeadlineCrossed d) {
        boolean overdue = d.stage() == vn.motcua.platform.events.contract.DeadlineStage.OVERDUE;
        String due = TIME.format(d.dueAt().withOffsetSameInstant(vn.motcua.calendar.VietnamTime.OFFSET));
        String subject = (overdue ? "Hồ sơ quá hạn: " : "Hồ sơ sắp đến hạn: ") + d.dossierCode();
        String body = (overdue ? "Hồ sơ " + d.dossierCode() + " đã quá hạn giải quyết (hạn " + due + ")."
                : "Hồ sơ " + d.dossierCode() + " sắp đến hạn giải quyết (hạn " + due + "). Nếu không kịp, phải xin lỗi và hẹn lại trước "
                + TIME.format(d.apologyDeadline().withOffsetSameInstant(vn.motcua.calendar.VietnamTime.OFFSET)) + ".")
                + "\nThủ tục: " + d.procedureName() + "\nTrạng thái: " + d.state()
                + (overdue && !d.apologyIssued() ? "\nChưa có văn bản xin lỗi, hẹn lại: cần lãnh đạo xử lý." : "");
        List<String> to = new ArrayList<>();
        if (d.assignee() != null) {
            to.add(d.assignee());
        }
        if (overdue || d.assignee() == null) {
            to.add(roleInbox(d.agencyCode(), Roles.LEADER));
        }
        if (overdue) {
            to.add(roleInbox(d.agencyCode(), Roles.COUNTER_OFFICER));
        }
        for (String r : to) {
            notifications.record(new Notifications.Outgoing(eventId, Notification.Kind.DEADLINE_ALERT, d.dossierCode(), r,
                    "OFFICER", Notifications.IN_APP, null, subject, body, null));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void stepOverdue(String eventId, StepOverdue s) {
        String r = s.assignee() != null ? s.assignee() : roleInbox(s.agencyCode(), Roles.LEADER);
        notifications.record(new Notifications.Outgoing(eventId, Notification.Kind.DEADLINE_ALERT, s.dossierCode(), r,
                "OFFICER", Notifications.IN_APP, null, "Bước xử lý quá hạn: " + s.dossierCode(),
                "Bước " + s.step() + " của hồ sơ " + s.dossierCode() + " đã quá thời hạn của bước ("
                        + TIME.format(s.stepDueAt().withOffsetSameInstant(vn.motcua.calendar.VietnamTime.OFFSET)) + ").", null));
    }
}
