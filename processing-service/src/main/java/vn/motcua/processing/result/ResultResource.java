package vn.motcua.processing.result;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Roles;
import vn.motcua.processing.casefile.CaseView;
import vn.motcua.processing.casefile.CaseViews;
import vn.motcua.processing.casefile.DossierCase;

/** The signed result of a case: the leader uploads it; the applicant and the agency's officers read it. */
@Path("/api/v1/cases/{dossierCode}/result")
@Tag(name = "Cases")
public class ResultResource {

    private final ResultService results;
    private final CaseViews views;

    public ResultResource(ResultService results, CaseViews views) {
        this.results = results;
        this.views = views;
    }

    @POST
    @Consumes("application/pdf")
    @RolesAllowed(Roles.LEADER)
    @Operation(summary = "Upload the digitally signed result (PAdES PDF) of an APPROVED case; a VALID signature makes it RESULT_READY")
    @APIResponse(responseCode = "409", description = "The case is not approved yet")
    @APIResponse(responseCode = "413", description = "The file is larger than allowed")
    @APIResponse(responseCode = "415", description = "Not a PDF by its content")
    @APIResponse(responseCode = "422", description = "The PDF carries no valid signature of the agency")
    @APIResponse(responseCode = "200", description = "The signed result is stored; the case is RESULT_READY", content = @Content(mediaType = "application/json", schema = @Schema(implementation = vn.motcua.processing.casefile.CaseView.class)))
    public CaseView uploadResult(@PathParam("dossierCode") String dossierCode, @HeaderParam("X-File-Name") String fileName,
                           byte[] pdf) {
        ResultDocument d = results.upload(dossierCode, fileName, pdf == null ? new byte[0] : pdf);
        return views.of(DossierCase.findById(d.caseId), true);
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.CITIZEN, Roles.COUNTER_OFFICER, Roles.SPECIALIST, Roles.LEADER, Roles.ADMIN})
    @Operation(summary = "The case's result documents with their signature verification")
    public List<ResultView> listResults(@PathParam("dossierCode") String dossierCode) {
        return results.list(dossierCode).stream().map(ResultView::of).toList();
    }

    @GET
    @Path("/content")
    @Produces("application/pdf")
    @Transactional
    @RolesAllowed({Roles.CITIZEN, Roles.COUNTER_OFFICER, Roles.SPECIALIST, Roles.LEADER, Roles.ADMIN})
    @Operation(summary = "Download the latest result document")
    @APIResponse(responseCode = "409", description = "The result is not signed validly yet")
    @APIResponse(responseCode = "200", description = "The signed result, as uploaded", content = @Content(mediaType = "application/pdf", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public Response getResultContent(@PathParam("dossierCode") String dossierCode) {
        List<ResultDocument> docs = results.list(dossierCode);
        if (docs.isEmpty()) {
            throw ProblemException.notFound("result-missing", "Hồ sơ chưa có kết quả", "The case has no result yet");
        }
        ResultDocument d = docs.get(docs.size() - 1);
        return Response.ok(d.content, "application/pdf")
                .header("Content-Disposition", vn.motcua.platform.text.FileNames.attachment(d.fileName)).build();
    }
}
