package vn.motcua.platform.problem;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Endpoints that fail in each way a service's can, for {@link ProblemMappingTest}. */
@Path("/test/problems")
@PermitAll
public class ProblemTestResource {

    public record Form(@NotBlank String fullName, @Min(1) int copies) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@Valid Form form) {
        return Response.status(201).build();
    }

    @GET
    @Path("/invalid-field")
    public String invalidField() {
        throw ProblemException.invalidField("procedureCode", "không có thủ tục mã 9.999", "no procedure with code 9.999");
    }

    @GET
    @Path("/bug")
    public String bug() {
        throw new IllegalStateException("internal detail: row 42 of table secret_table");
    }

    @GET
    @Path("/leaders-only")
    @RolesAllowed("leader")
    public String leadersOnly() {
        return "ok";
    }
}
