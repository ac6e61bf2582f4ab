package vn.motcua.processing.casefile;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.platform.events.contract.CaseState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.motcua.platform.events.contract.Channel;
import vn.motcua.platform.paging.Cursor;
import vn.motcua.platform.paging.Page;
import vn.motcua.platform.paging.PageLimit;
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

    private final Caller caller;
    private final CaseAccess access;
    private final CaseViews views;
    private final Worklist worklist;

    @jakarta.inject.Inject
    vn.motcua.processing.officer.OfficerDirectory officers;

    public CaseResource(Caller caller, CaseAccess access, CaseViews views, Worklist worklist) {
        this.caller = caller;
        this.worklist = worklist;
        this.access = access;
        this.views = views;
    }

    @GET
    @Path("/{dossierCode}")
    @Transactional
    @RolesAllowed({Roles.CITIZEN, Roles.POSTAL_STAFF, Roles.COUNTER_OFFICER, Roles.SPECIALIST, Roles.LEADER, Roles.ADMIN, Roles.DASHBOARD})
    @Operation(summary = "A case and its control sheet (phiếu kiểm soát), if the caller may see it")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "The case; ETag = its version",
            headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "ETag", description = "the case's version: send it as If-Match with an action to act only on what was seen", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json",
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = vn.motcua.processing.casefile.CaseView.class)))
    public jakarta.ws.rs.core.Response getCase(@PathParam("dossierCode") String dossierCode) {
        DossierCase c = access.visible(dossierCode);
        // the ETag is the case's version: send it back as If-Match with an action to act only on what was seen
        return jakarta.ws.rs.core.Response.ok(views.of(c, true)).tag(vn.motcua.processing.workflow.CaseVersions.etag(c)).build();
    }

    /**
     * The worklist of the caller's agency (and of cases transferred to it), earliest due first, one keyset page at a
     * time. Without {@code state} it holds the open cases; a closed case is found by naming its state or by search.
     *
     * @param assignee  a user name, or {@code me}
     * @param state     a {@link CaseState} name
     * @param deadline  {@code NEAR_DUE} (near due or later) or {@code OVERDUE}, as announced by the deadline sweep
     * @param needsApology overdue cases without an apology, for the leader
     * @param q         a dossier code, a phone number or part of the applicant's name, accents optional
     */
    @GET
    @Transactional
    @RolesAllowed({Roles.COUNTER_OFFICER, Roles.SPECIALIST, Roles.LEADER})
    @Operation(summary = "The caller's agency worklist, earliest due first, in keyset pages; filter by assignee, state, "
            + "deadline, channel, received days; search by dossier code, phone or applicant name")
    public Page<CaseView> listCases(@QueryParam("assignee") String assignee, @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(description = "only cases in this state (closed ones are reached this way); default: every open case", schema = @Schema(implementation = CaseState.class)) @QueryParam("state") String state,
                                   @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(description = "NEAR_DUE: near due or overdue; OVERDUE: overdue only", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, enumeration = {"NEAR_DUE", "OVERDUE"})) @QueryParam("deadline") String deadline, @QueryParam("needsApology") boolean needsApology,
                                   @QueryParam("channel") Channel channel,
                                   @QueryParam("receivedFrom") LocalDate receivedFrom,
                                   @QueryParam("receivedTo") LocalDate receivedTo,
                                   @QueryParam("q") String q,
                                   @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        officers.signedIn(caller); // an officer opening their worklist is in the directory from then on
        int size = PageLimit.of(limit);
        Cursor after = Cursor.read(cursor, 2);
        if (receivedFrom != null && receivedTo != null && receivedTo.isBefore(receivedFrom)) {
            throw ProblemException.invalidField("receivedTo", "không được trước receivedFrom",
                    "must not be before receivedFrom");
        }
        boolean attention = deadline != null && !deadline.isBlank();
        boolean overdueOnly = attention && overdueOnly(deadline);
        String who = assignee == null || assignee.isBlank() ? null : "me".equals(assignee) ? caller.username() : assignee;
        var filter = new Worklist.Filter(caller.requireAgency(), who, state == null || state.isBlank() ? null : parseState(state),
                attention, overdueOnly, needsApology, channel, receivedFrom, receivedTo,
                q == null || q.isBlank() ? null : Worklist.Search.of(q));
        List<DossierCase> rows = worklist.page(filter, after, size);
        var apologies = Worklist.apologiesOf(rows);
        return Page.of(rows, size, Worklist::cursorOf, c -> views.of(c, apologies.get(c.id), false));
    }

    private static CaseState parseState(String s) {
        try {
            return CaseState.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("state", "không có trạng thái " + s, "no such state: " + s);
        }
    }

    private static boolean overdueOnly(String deadline) {
        return switch (deadline.trim().toUpperCase(Locale.ROOT)) {
            case "NEAR_DUE" -> false;
            case "OVERDUE" -> true;
            default -> throw ProblemException.invalidField("deadline", "chỉ nhận NEAR_DUE hoặc OVERDUE",
                    "must be NEAR_DUE or OVERDUE");
        };
    }
}
