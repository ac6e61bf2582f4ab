package vn.motcua.processing.casefile;

import vn.motcua.platform.events.contract.CaseState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.security.Roles;

/**
 * Cases. Officers (counter, specialist, leader) see their agency's and those transferred to it; the applicant who
 * submitted sees their own; admin and the dashboard account see all.
 */
@Path("/api/v1/cases")
@Tag(name = "Cases")
public class CaseResource {

    static final int MAX_PAGE = 200;

    private final Caller caller;
    private final CaseAccess access;
    private final CaseViews views;

    @jakarta.inject.Inject
    vn.motcua.processing.officer.OfficerDirectory officers;

    public CaseResource(Caller caller, CaseAccess access, CaseViews views) {
        this.caller = caller;
        this.access = access;
        this.views = views;
    }

    @GET
    @Path("/{dossierCode}")
    @Transactional
    @RolesAllowed({Roles.CITIZEN, Roles.POSTAL_STAFF, Roles.COUNTER_OFFICER, Roles.SPECIALIST, Roles.LEADER, Roles.ADMIN, Roles.DASHBOARD})
    @Operation(summary = "A case and its control sheet (phiếu kiểm soát), if the caller may see it")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "The case; ETag = its version",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json",
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = vn.motcua.processing.casefile.CaseView.class)))
    public jakarta.ws.rs.core.Response get(@PathParam("dossierCode") String dossierCode) {
        DossierCase c = access.visible(dossierCode);
        // the ETag is the case's version: send it back as If-Match with an action to act only on what was seen
        return jakarta.ws.rs.core.Response.ok(views.of(c, true)).tag(vn.motcua.processing.workflow.CaseVersions.etag(c)).build();
    }

    /**
     * The worklist of the caller's agency (and of cases transferred to it), earliest due first.
     *
     * @param assignee  a user name, or {@code me}
     * @param state     a {@link CaseState} name
     * @param deadline  {@code NEAR_DUE} (near due or later) or {@code OVERDUE}, as announced by the deadline sweep
     * @param needsApology overdue cases without an apology, for the leader
     */
    @GET
    @Transactional
    @RolesAllowed({Roles.COUNTER_OFFICER, Roles.SPECIALIST, Roles.LEADER})
    @Operation(summary = "The caller's agency worklist, earliest due first; filter by assignee, state, deadline")
    public List<CaseView> worklist(@QueryParam("assignee") String assignee, @QueryParam("state") String state,
                                   @QueryParam("deadline") String deadline, @QueryParam("needsApology") boolean needsApology) {
        officers.signedIn(caller); // an officer opening their worklist is in the directory from then on
        String agency = caller.requireAgency();
        StringBuilder q = new StringBuilder("(agencyCode = :agency OR partnerAgency = :agency)");
        Map<String, Object> p = new HashMap<>();
        p.put("agency", agency);
        if (assignee != null && !assignee.isBlank()) {
            q.append(" AND assignee = :assignee");
            p.put("assignee", "me".equals(assignee) ? caller.username() : assignee);
        }
        if (state != null && !state.isBlank()) {
            q.append(" AND state = :state");
            p.put("state", parseState(state));
        }
        if (deadline != null && !deadline.isBlank() || needsApology) {
            q.append(" AND state IN :running");
            p.put("running", new ArrayList<>(CaseState.CLOCK_RUNNING));
            q.append(" AND deadlineStage IN :stages");
            p.put("stages", stages(needsApology ? "OVERDUE" : deadline));
        }
        if (needsApology) {
            q.append(" AND id NOT IN (SELECT a.caseId FROM CaseApology a)");
        }
        List<DossierCase> cases = DossierCase.<DossierCase>find(q + " ORDER BY dueAt", p).page(0, MAX_PAGE).list();
        return cases.stream().map(c -> views.of(c, false)).toList();
    }

    private static CaseState parseState(String s) {
        try {
            return CaseState.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("state", "không có trạng thái " + s, "no such state: " + s);
        }
    }

    private static List<String> stages(String deadline) {
        return switch (deadline.trim().toUpperCase(Locale.ROOT)) {
            case "NEAR_DUE" -> List.of("NEAR_DUE", "OVERDUE");
            case "OVERDUE" -> List.of("OVERDUE");
            default -> throw ProblemException.invalidField("deadline", "chỉ nhận NEAR_DUE hoặc OVERDUE",
                    "must be NEAR_DUE or OVERDUE");
        };
    }
}
