package vn.motcua.notification.message;

import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.platform.security.Caller;

/** The caller's own inbox: every signed-in user sees only the messages addressed to them. */
@Path("/api/v1/notifications")
@Tag(name = "Notifications")
@Authenticated
public class NotificationResource {

    private final Caller caller;

    public NotificationResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Transactional
    @Operation(summary = "Messages addressed to the caller, newest first; optionally for one dossier")
    public List<NotificationView> inbox(@QueryParam("dossierCode") String dossierCode) {
        List<Notification> found = dossierCode == null
                ? Notification.find("recipient = ?1 ORDER BY createdAt DESC", caller.username()).page(0, 200).list()
                : Notification.find("recipient = ?1 AND dossierCode = ?2 ORDER BY createdAt DESC", caller.username(), dossierCode).list();
        return found.stream().map(NotificationView::of).toList();
    }
}
