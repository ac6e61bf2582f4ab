package vn.motcua.intake.component;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.security.Roles;

/**
 * Uploads a file before submitting: the answer's id goes into the submission's {@code components[].uploadId}. Only
 * the uploader can use it.
 */
@Path("/api/v1/uploads")
@Tag(name = "Dossiers")
public class UploadResource {

    private final StagedUploads uploads;
    private final Caller caller;

    public UploadResource(StagedUploads uploads, Caller caller) {
        this.uploads = uploads;
        this.caller = caller;
    }

    @POST
    @Consumes("*/*")
    @RolesAllowed({Roles.CITIZEN, Roles.POSTAL_STAFF, Roles.COUNTER_OFFICER})
    @Operation(summary = "Upload a file for a later submission (raw body; PDF, JPEG or PNG by content; size-limited; PDF signatures verified)")
    @APIResponse(responseCode = "201", description = "The staged file: name its id in a dossier submission to attach it", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ComponentResource.ComponentView.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than allowed")
    @APIResponse(responseCode = "415", description = "Not a PDF or image by its content")
    public Response stageUpload(@HeaderParam("X-File-Name") String fileName,
            @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = true, description = "The file itself (PDF, JPEG or PNG, told by its content, not by this header)", content = {@Content(mediaType = "application/pdf", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")), @Content(mediaType = "image/jpeg", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")), @Content(mediaType = "image/png", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"))}) InputStream body) {
        return Response.status(201).entity(ComponentResource.ComponentView.of(uploads.stage(fileName, body, caller.username()))).build();
    }
}
