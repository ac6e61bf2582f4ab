package vn.motcua.portalsync.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.security.Roles;
import vn.motcua.portalsync.delivery.ChangeQueue;
import vn.motcua.portalsync.reconcile.FindingKind;
import vn.motcua.portalsync.reconcile.Reconciliation;

/**
 * The sync with the national portal, for the province's operators and leaders: a dossier's status and ledger, the
 * changes the portal refused (with a retry), the figures, and the reconciliation report. Admins and the dashboard see
 * the whole province; a leader sees the dossiers of their own agency only (others are 404, as if absent).
 */
@Path("/api/v1/portal-sync")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portal sync")
public class SyncResource {

    private final SyncReads reads;
    private final ChangeQueue queue;
    private final Reconciliation reconciliation;
    private final Caller caller;

    public SyncResource(SyncReads reads, ChangeQueue queue, Reconciliation reconciliation, Caller caller) {
        this.reads = reads;
        this.queue = queue;
        this.reconciliation = reconciliation;
        this.caller = caller;
    }

    @GET
    @Path("/dossiers/{code}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.DASHBOARD})
    @Operation(summary = "A dossier's sync status and ledger: every change, in order, each call and the portal's answer "
            + "(roles admin, dashboard: any dossier; leader: own agency's)")
    public Views.DossierSync getDossierSync(@PathParam("code") String code) {
        return reads.dossier(code, scope()).orElseThrow(() -> ProblemException.notFound("unknown-dossier",
                "Không có hồ sơ " + code + " trong phạm vi của bạn", "No dossier " + code + " in your scope"));
    }

    @GET
    @Path("/parked")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.DASHBOARD})
    @Operation(summary = "Changes the portal refused, oldest first, with its message; a dossier's later changes wait "
            + "behind them (roles admin, dashboard: the province; leader: own agency)")
    public List<Views.Change> listParked(@QueryParam("limit") @DefaultValue("100") int limit) {
        checkLimit(limit);
        return reads.parked(scope(), limit);
    }

    @POST
    @Path("/parked/{id}/retry")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.LEADER})
    @Operation(summary = "Send a parked change again, e.g. once the unit identifier the portal refused is fixed "
            + "(roles admin; leader: own agency's); 409 when the change is not parked")
    public RestResponse<Void> retryParked(@PathParam("id") long id) {
        String agency = reads.parkedChangeAgency(id).orElseThrow(() -> notParked(id));
        String scope = scope();
        // another agency's change answers as if it were not parked: its existence is not revealed
        if ((scope != null && !scope.equals(agency)) || !queue.retry(id)) {
            throw notParked(id);
        }
        return RestResponse.accepted();
    }

    @GET
    @Path("/summary")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.DASHBOARD})
    @Operation(summary = "Sync figures: dossiers, synced, pending, waiting, parked, sync rate (%), lag in seconds "
            + "(roles admin, dashboard: the province; leader: own agency)")
    public Views.Summary getSummary() {
        return reads.summary(scope());
    }

    @GET
    @Path("/reconciliation")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.DASHBOARD})
    @Operation(summary = "The newest finished reconciliation (or run id), with its findings of one kind or all "
            + "(roles admin, dashboard: the province; leader: own agency); 404 before the first run")
    public Views.Run getReconciliation(@QueryParam("run") Long run, @QueryParam("kind") FindingKind kind,
                                       @QueryParam("limit") @DefaultValue("500") int limit) {
        checkLimit(limit);
        return reads.run(run, scope(), kind, limit).orElseThrow(() -> ProblemException.notFound("no-reconciliation",
                "Chưa có lần đối soát nào", "No reconciliation has run yet"));
    }

    @GET
    @Path("/overdue-report")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.DASHBOARD})
    @Operation(summary = "Dossiers the portal shows as overdue while the province does not, with the likely cause, "
            + "from the newest reconciliation (roles admin, dashboard: the province; leader: own agency)")
    public Views.Run getOverdueReport(@QueryParam("limit") @DefaultValue("500") int limit) {
        return getReconciliation(null, FindingKind.OVERDUE_AT_PORTAL, limit);
    }

    @POST
    @Path("/reconciliation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Run a reconciliation now and answer its report (role admin); 409 while one is running")
    public Views.Run runReconciliation(@QueryParam("limit") @DefaultValue("500") int limit) {
        checkLimit(limit);
        long id;
        try {
            id = reconciliation.run("ON_DEMAND");
        } catch (Reconciliation.AlreadyRunning e) {
            throw ProblemException.conflict("reconciliation-running", "Đang có một lần đối soát chạy",
                    "A reconciliation is already running");
        }
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> reads.run(id, null, null, limit).orElseThrow());
    }

    private static ProblemException notParked(long id) {
        return ProblemException.conflict("not-parked", "Thay đổi " + id + " không ở trạng thái tạm giữ",
                "Change " + id + " is not parked");
    }

    /** null = the whole province (admin, dashboard); a leader's own agency otherwise. */
    private String scope() {
        if (caller.hasAnyRole(Roles.ADMIN, Roles.DASHBOARD)) {
            return null;
        }
        return caller.requireAgency();
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > 1000) {
            throw ProblemException.invalidField("limit", "limit phải từ 1 đến 1000", "limit must be 1 to 1000");
        }
    }
}
