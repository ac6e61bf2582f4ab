package vn.motcua.platform.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Roles;

/**
 * Admins list the records this service's consumers gave up on and replay them once the cause is fixed. Admin only:
 * a dead letter holds applicants' personal data, so answers are never cached.
 */
@Path("/api/v1/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "dead letters")
public class DeadLetterResource {

    private final DeadLetters deadLetters;
    private final DeadLetterReplay replay;

    public DeadLetterResource(DeadLetters deadLetters, DeadLetterReplay replay) {
        this.deadLetters = deadLetters;
        this.replay = replay;
    }

    @GET
    @jakarta.transaction.Transactional
    @Operation(summary = "Dead letters of this service (admin); pending=true lists those not replayed yet")
    public org.jboss.resteasy.reactive.RestResponse<List<DeadLetters.DeadLetter>> listDeadLetters(@QueryParam("consumer") String consumer,
                                            @QueryParam("pending") @DefaultValue("false") boolean pending,
                                            @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw ProblemException.invalidField("limit", "limit phải từ 1 đến 1000", "limit must be 1 to 1000");
        }
        return noStore(deadLetters.list(consumer, pending, limit));
    }

    @GET
    @Path("{id}")
    @jakarta.transaction.Transactional
    @Operation(summary = "One dead letter with its headers and payload (admin)")
    public org.jboss.resteasy.reactive.RestResponse<DeadLetters.DeadLetter> getDeadLetter(@PathParam("id") UUID id) {
        return noStore(deadLetters.find(id).orElseThrow(() -> ProblemException.notFound("dead-letter-not-found",
                "không có thư chết " + id, "no dead letter " + id)));
    }

    @POST
    @Path("{id}/replay")
    @Operation(summary = "Replays one dead letter through its consumer; idempotent (admin)")
    public DeadLetterReplay.Result replayDeadLetter(@PathParam("id") UUID id) {
        return replay.replay(id);
    }

    @POST
    @Path("replay")
    @Operation(summary = "Replays every pending dead letter (of one consumer, if given), oldest first, at most limit (admin)")
    public List<DeadLetterReplay.Result> replayPendingDeadLetters(@QueryParam("consumer") String consumer,
                                                       @QueryParam("limit") @DefaultValue("500") int limit) {
        if (limit < 1 || limit > 5000) {
            throw ProblemException.invalidField("limit", "limit phải từ 1 đến 5000", "limit must be 1 to 5000");
        }
        List<UUID> ids = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> deadLetters.list(consumer, true, limit).stream().map(DeadLetters.DeadLetter::id).toList());
        return ids.stream().map(replay::replay).toList();
    }

    private static <T> org.jboss.resteasy.reactive.RestResponse<T> noStore(T body) {
        return org.jboss.resteasy.reactive.RestResponse.ResponseBuilder.ok(body).header("Cache-Control", "no-store").build();
    }
}
