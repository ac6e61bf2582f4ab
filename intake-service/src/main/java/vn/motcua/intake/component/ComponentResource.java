package vn.motcua.intake.component;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import vn.motcua.platform.events.contract.SignatureState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.platform.security.Roles;

/** Components of a dossier: the submitter (or a one-stop officer) uploads files; whoever sees the dossier lists them. */
@Path("/api/v1/dossiers/{code}/components")
@Tag(name = "Dossiers")
public class ComponentResource {

    public record ComponentView(UUID id, String componentCode, String name, String fileName, String mediaType,
                                long sizeBytes, String sha256, SignatureState signatureState, String signerName,
                                String certificateSerial, OffsetDateTime signingTime, String verificationDetail,
                                String uploadedBy, OffsetDateTime uploadedAt, UUID reusedFrom) {
        static ComponentView of(DossierComponent c) {
            return new ComponentView(c.id, c.componentCode, c.name, c.fileName, c.mediaType, c.sizeBytes, c.sha256,
                    c.signatureState, c.signerName, c.certificateSerial, c.signingTime, c.verificationDetail,
                    c.uploadedBy, c.uploadedAt, c.reusedFrom);
        }
    }

    private final ComponentUploads uploads;

    public ComponentResource(ComponentUploads uploads) {
        this.uploads = uploads;
    }

    @POST
    @Consumes("*/*")
    @RolesAllowed({Roles.CITIZEN, Roles.COUNTER_OFFICER})
    @Operation(summary = "Add a file to a received dossier: ?component=<procedure's component code>, or ?name= for another document")
    @APIResponse(responseCode = "201", description = "The stored component with its hash and signature check", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ComponentView.class)))
    @APIResponse(responseCode = "409", description = "The dossier no longer takes components")
    @APIResponse(responseCode = "413", description = "The file is larger than allowed")
    @APIResponse(responseCode = "415", description = "Not a PDF or image by its content")
    public Response uploadComponent(@PathParam("code") String code, @QueryParam("component") String component,
                           @QueryParam("name") String name, @HeaderParam("X-File-Name") String fileName,
            @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = true, description = "The file itself (PDF, JPEG or PNG, told by its content, not by this header)", content = {@Content(mediaType = "application/pdf", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")), @Content(mediaType = "image/jpeg", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")), @Content(mediaType = "image/png", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"))}) InputStream body) {
        return Response.status(201).entity(ComponentView.of(uploads.add(code, component, name, fileName, body))).build();
    }

    @GET
    @Transactional
    @RolesAllowed({Roles.CITIZEN, Roles.POSTAL_STAFF, Roles.COUNTER_OFFICER, Roles.SPECIALIST, Roles.LEADER, Roles.ADMIN})
    @Operation(summary = "The dossier's components with their signature state")
    public List<ComponentView> listComponents(@PathParam("code") String code) {
        return uploads.list(code).stream().map(ComponentView::of).toList();
    }
}
