package vn.motcua.intake.procedure;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.platform.problem.ProblemException;

/** The published procedure catalogue (công khai thủ tục hành chính): public, no log-in. */
@Path("/api/v1/procedures")
@Tag(name = "Procedure catalogue")
@PermitAll
public class ProcedureResource {

    @GET
    @Operation(summary = "Search the current versions of published procedures (public)")
    public List<ProcedureView> search(@QueryParam("q") String text, @QueryParam("agency") String agency,
                                      @QueryParam("field") String field) {
        StringBuilder where = new StringBuilder("FROM Procedure p WHERE p.active = true AND p.version = (SELECT max(p2.version) FROM Procedure p2 WHERE p2.code = p.code)");
        Map<String, Object> params = new HashMap<>();
        if (text != null && !text.isBlank()) {
            where.append(" AND (lower(p.name) LIKE :q OR p.code LIKE :q)");
            params.put("q", "%" + text.strip().toLowerCase() + "%");
        }
        if (agency != null && !agency.isBlank()) {
            where.append(" AND p.agencyCode = :agency");
            params.put("agency", agency.strip());
        }
        if (field != null && !field.isBlank()) {
            where.append(" AND lower(p.field) LIKE :field");
            params.put("field", "%" + field.strip().toLowerCase() + "%");
        }
        where.append(" ORDER BY p.code");
        return Procedure.<Procedure>find(where.toString(), params).list().stream().map(ProcedureView::of).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "The current version of one procedure (public)")
    public ProcedureView get(@PathParam("code") String code) {
        return Procedure.latest(code).map(ProcedureView::of).orElseThrow(() -> ProblemException.notFound("unknown-procedure",
                "Không có thủ tục mã " + code, "No procedure with code " + code));
    }
}
