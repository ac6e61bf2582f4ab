package vn.motcua.intake.lookup;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.intake.dossier.Dossier;
import vn.motcua.platform.problem.ProblemException;

/**
 * Public status lookup (tra cứu hồ sơ): dossier code plus the last 4 digits of the applicant's phone; status and
 * dates only, nothing personal. A wrong code and wrong digits give the same 404, so the endpoint does not reveal which
 * codes exist; rate-limited per client address.
 */
@Path("/api/v1/public/dossiers")
@Tag(name = "Public lookup")
public class StatusLookupResource {

    /**
     * @param processingState processing's last reported state (null until it reports)
     * @param nationalStatus  the national portal status code: 2 (accepted) until processing reports, 7 once withdrawn
     */
    public record PublicStatus(String code, String status, String processingState, int nationalStatus,
                               String procedureCode, OffsetDateTime receivedAt, OffsetDateTime appointmentAt) {
    }

    private final LookupRateLimit limit;

    public StatusLookupResource(LookupRateLimit limit) {
        this.limit = limit;
    }

    @GET
    @Path("/{code}/status")
    @PermitAll
    @Transactional
    @Operation(summary = "Status and dates of a dossier, by its code and the last 4 digits of the applicant's phone")
    public PublicStatus lookUpDossierStatus(@PathParam("code") String code, @QueryParam("phone4") String phone4,
                               @Context HttpServerRequest request) {
        limit.check(request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress());
        if (phone4 == null || !phone4.matches("\\d{4}")) {
            throw ProblemException.invalidField("phone4", "phải là 4 chữ số cuối của số điện thoại",
                    "must be the last 4 digits of the phone number");
        }
        Dossier d = Dossier.byCode(code).filter(x -> x.applicantPhone != null && x.applicantPhone.endsWith(phone4))
                .orElseThrow(() -> ProblemException.notFound("no-match",
                        "Không tìm thấy hồ sơ với mã và số điện thoại này", "No dossier matches this code and phone"));
        int national = d.nationalStatus != null ? d.nationalStatus : d.status == vn.motcua.intake.dossier.DossierStatus.WITHDRAWN ? 7 : 2;
        return new PublicStatus(d.code, d.status.name(), d.processingState == null ? null : d.processingState.name(), national, d.procedureCode, d.receivedAt,
                d.appointmentAt);
    }
}
