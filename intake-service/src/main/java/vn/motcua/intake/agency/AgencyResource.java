package vn.motcua.intake.agency;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.platform.events.contract.AgencyProfile;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Roles;

/** The agency directory: public reads (it is on every receipt); admins change an agency, which is published. */
@Path("/api/v1/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agency directory")
public class AgencyResource {

    private final AgencyDirectory directory;

    public AgencyResource(AgencyDirectory directory) {
        this.directory = directory;
    }

    @GET
    @PermitAll
    @Transactional
    @Operation(summary = "Every agency with its office hours and letterhead (public); filter by kind or level")
    public List<AgencyProfile> listAgencies(@QueryParam("kind") AgencyProfile.AgencyKind kind,
                                    @QueryParam("level") AgencyProfile.AgencyLevel level) {
        return Agency.<Agency>listAll(io.quarkus.panache.common.Sort.by("code")).stream()
                .filter(a -> kind == null || kind.name().equals(a.kind))
                .filter(a -> level == null || level.name().equals(a.level))
                .map(directory::profile).toList();
    }

    @GET
    @PermitAll
    @Path("/{code}")
    @Transactional
    @Operation(summary = "One agency (public)")
    public AgencyProfile getAgency(@PathParam("code") String code) {
        return directory.profile(find(code, LockModeType.NONE));
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Change an agency's name, place, office hours, letterhead or activity (admin); publishes a new version")
    public AgencyProfile updateAgency(@PathParam("code") String code, @Valid @NotNull AgencyUpdate update) {
        try {
            OfficeHours.of(update.officeHours().toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("officeHours", "giờ làm việc không hợp lệ: các buổi phải theo thứ tự, không chồng nhau",
                    "office hours are not valid: " + e.getMessage());
        }
        Agency a = find(code, LockModeType.PESSIMISTIC_WRITE); // writers of one agency in turn: versions never collide
        a.name = update.name().strip();
        a.placeName = update.placeName().strip();
        a.officeHours = String.join(",", update.officeHours());
        a.governingBody = update.letterhead().governingBody().strip();
        a.printedName = update.letterhead().printedName().strip();
        a.headTitle = update.letterhead().headTitle().strip();
        a.symbol = update.letterhead().symbol().strip();
        a.active = update.active();
        a.version++;
        directory.publish(a);
        return directory.profile(a);
    }

    private static Agency find(String code, LockModeType lock) {
        Agency a = code == null || code.length() > 32 ? null : Agency.findById(code, lock);
        if (a == null) {
            throw ProblemException.notFound("agency-not-found", "không có cơ quan mã " + code, "no agency " + code);
        }
        return a;
    }
}
