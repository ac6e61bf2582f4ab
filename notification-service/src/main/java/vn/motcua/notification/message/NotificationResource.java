package vn.motcua.notification.message;

import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.platform.paging.Cursor;
import vn.motcua.platform.paging.Page;
import vn.motcua.platform.paging.PageLimit;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.notification.alert.DeadlineAlerts;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.security.Roles;

/**
 * The caller's own inbox: messages addressed to them, and for officers the alerts addressed to their role in their
 * agency. Nobody sees anyone else's.
 */
@Path("/api/v1/notifications")
@Tag(name = "Notifications")
@Authenticated
public class NotificationResource {

    private final Caller caller;
    private final Clock clock;

    public NotificationResource(Caller caller, Clock clock) {
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Transactional
    @Operation(summary = "In-app messages addressed to the caller, newest first, in keyset pages; optionally for one dossier or only unread")
    public Page<NotificationView> listNotifications(@QueryParam("dossierCode") String dossierCode, @QueryParam("unread") boolean unread,
                                        @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        int size = PageLimit.of(limit);
        Cursor after = Cursor.read(cursor, 2);
        // the inbox is the in-app channel; e-mail and SMS copies are delivery records, not inbox items
        StringBuilder q = new StringBuilder("recipient IN :me AND channel = :inApp");
        Map<String, Object> p = new java.util.HashMap<>(Map.of("me", addresses(), "inApp", Notifications.IN_APP));
        if (dossierCode != null) {
            q.append(" AND dossierCode = :code");
            p.put("code", dossierCode);
        }
        if (unread) {
            q.append(" AND readAt IS NULL");
        }
        if (after != null) {
            q.append(" AND ").append(after.afterTimeAndId("createdAt", "id", true, p));
        }
        List<Notification> found = Notification.<Notification>find(q + " ORDER BY createdAt DESC, id DESC", p)
                .page(0, size + 1).list();
        return Page.of(found, size, n -> Cursor.after(n.createdAt, n.id), NotificationView::of);
    }

    @GET
    @Path("/unread-count")
    @Transactional
    @Operation(summary = "How many in-app messages the caller has not read")
    public Map<String, Long> countUnread() {
        return Map.of("unread", Notification.count("recipient IN ?1 AND channel = ?2 AND readAt IS NULL",
                addresses(), Notifications.IN_APP));
    }

    @POST
    @Path("/{id}/read")
    @Transactional
    @Operation(summary = "Mark one of the caller's messages read")
    public NotificationView markRead(@PathParam("id") UUID id) {
        Notification n = Notification.findById(id);
        if (n == null || !addresses().contains(n.recipient)) {
            throw ProblemException.notFound("unknown-notification", "Không có thông báo này trong hộp thư của bạn",
                    "No such message in your inbox");
        }
        if (n.readAt == null) {
            n.readAt = OffsetDateTime.now(clock);
        }
        return NotificationView.of(n);
    }

    /** The user name, plus the role inboxes of an officer's agency. */
    private List<String> addresses() {
        List<String> me = new ArrayList<>();
        me.add(caller.username());
        caller.agency().ifPresent(agency -> {
            for (String role : List.of(Roles.COUNTER_OFFICER, Roles.SPECIALIST, Roles.LEADER)) {
                if (caller.hasRole(role)) {
                    me.add(DeadlineAlerts.roleInbox(agency, role));
                }
            }
        });
        return me;
    }
}
