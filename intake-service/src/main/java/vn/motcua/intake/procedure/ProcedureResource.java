package vn.motcua.intake.procedure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import vn.motcua.platform.security.Roles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.platform.paging.Cursor;
import vn.motcua.platform.paging.Page;
import vn.motcua.platform.paging.PageLimit;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.platform.problem.ProblemException;

/** The published procedure catalogue (công khai thủ tục hành chính): reads are public, no log-in; admins publish. */
@Path("/api/v1/procedures")
@Tag(name = "Procedure catalogue")
public class ProcedureResource {

    private final ProcedurePublishing publishing;

    public ProcedureResource(ProcedurePublishing publishing) {
        this.publishing = publishing;
    }

    @GET
    @PermitAll
    @Operation(summary = "Search the current versions of published procedures (public), by code, in keyset pages")
    public Page<ProcedureView> searchProcedures(@QueryParam("q") String text, @QueryParam("agency") String agency,
                                      @QueryParam("field") String field,
                                      @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        int size = PageLimit.of(limit);
        Cursor after = Cursor.read(cursor, 1);
        StringBuilder where = new StringBuilder("FROM Procedure p WHERE p.active = true AND p.version = (SELECT max(p2.version) FROM Procedure p2 WHERE p2.code = p.code)");
        Map<String, Object> params = new HashMap<>();
        if (text != null && !text.isBlank()) {
            where.append(" AND (lower(p.name) LIKE :q ESCAPE '!' OR p.code LIKE :q ESCAPE '!')");
            params.put("q", contains(text.strip().toLowerCase()));
        }
        if (agency != null && !agency.isBlank()) {
            where.append(" AND p.agencyCode = :agency");
            params.put("agency", agency.strip());
        }
        if (field != null && !field.isBlank()) {
            where.append(" AND lower(p.field) LIKE :field ESCAPE '!'");
            params.put("field", contains(field.strip().toLowerCase()));
        }
        if (after != null) {
            where.append(" AND p.code > :after");
            params.put("after", after.text(0));
        }
        where.append(" ORDER BY p.code");
        List<Procedure> found = Procedure.<Procedure>find(where.toString(), params).page(0, size + 1).list();
        return Page.of(found, size, p -> Cursor.after(p.code), ProcedureView::of);
    }

    /**
     * A LIKE pattern matching {@code text} anywhere, the citizen's {@code %} and {@code _} taken as the characters
     * they are (a search for "50%" must not match every name).
     */
    static String contains(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    @GET
    @PermitAll
    @Path("/{code}")
    @Operation(summary = "The current version of one procedure (public)")
    public ProcedureView getProcedure(@PathParam("code") String code) {
        return Procedure.latest(code).map(ProcedureView::of).orElseThrow(() -> unknown(code));
    }

    @GET
    @PermitAll
    @Path("/{code}/versions/{version}")
    @Operation(summary = "One published version of a procedure, as dossiers received under it know it (public)")
    public ProcedureView getProcedureVersion(@PathParam("code") String code, @PathParam("version") int version) {
        return Procedure.<Procedure>find("code = ?1 AND version = ?2", code, version).firstResultOptional()
                .map(ProcedureView::of).orElseThrow(() -> unknown(code + " v" + version));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish a new procedure as version 1 (admin)")
    @APIResponse(responseCode = "201", description = "Published: version 1 of the procedure",
            headers = @Header(name = "Location", description = "the procedure, /api/v1/procedures/{code}", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProcedureView.class)))
    @APIResponse(responseCode = "409", description = "A procedure with this code exists")
    public Response createProcedure(@Valid @NotNull ProcedureWrite write) {
        Procedure p = publishing.create(write);
        return Response.status(201).location(UriBuilder.fromResource(ProcedureResource.class).path(p.code).build())
                .entity(ProcedureView.of(p)).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish the next version of a procedure (admin); earlier versions and their dossiers are kept")
    @APIResponse(responseCode = "409", description = "Conflicts with the published versions")
    @APIResponse(responseCode = "200", description = "A new version of the procedure, in force for dossiers received from its effective date", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProcedureView.class)))
    public ProcedureView updateProcedure(@PathParam("code") String code, @Valid @NotNull ProcedureWrite write) {
        return ProcedureView.of(publishing.newVersion(code, write));
    }

    private static ProblemException unknown(String code) {
        return ProblemException.notFound("unknown-procedure", "Không có thủ tục mã " + code, "No procedure with code " + code);
    }
}
