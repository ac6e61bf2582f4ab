package vn.motcua.notification.letter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.platform.paging.Cursor;
import vn.motcua.platform.paging.Page;
import vn.motcua.platform.paging.PageLimit;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.platform.events.contract.ApologyIssued;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.platform.security.Roles;

/**
 * Official documents: downloadable by their addressee and by officers of the issuing agency; a preview renders a
 * letter from sample data without storing anything.
 */
@Path("/api/v1/letters")
@Tag(name = "Letters")
public class LetterResource {

    public record LetterView(UUID id, LetterKind kind, String dossierCode, String agencyCode, String number, String template,
                             String sha256, OffsetDateTime createdAt) {
        static LetterView of(Letter l) {
            return new LetterView(l.id, l.kind, l.dossierCode, l.agencyCode, l.number, l.template, l.sha256, l.createdAt);
        }
    }

    private final Caller caller;
    private final LetterTemplates templates;
    private final PdfRenderer renderer;
    private final Clock clock;

    public LetterResource(Caller caller, LetterTemplates templates, PdfRenderer renderer, Clock clock) {
        this.caller = caller;
        this.templates = templates;
        this.renderer = renderer;
        this.clock = clock;
    }

    @GET
    @Transactional
    @Authenticated
    @Operation(summary = "Letters of a dossier the caller may see, oldest first, in keyset pages")
    public Page<LetterView> listLetters(@QueryParam("dossierCode") String dossierCode,
                                 @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        if (dossierCode == null || dossierCode.isBlank()) {
            throw ProblemException.invalidField("dossierCode", "bắt buộc", "required");
        }
        int size = PageLimit.of(limit);
        Cursor after = Cursor.read(cursor, 2);
        // who may see a letter, as a condition of the query, so that a page is full of letters the caller may read
        StringBuilder q = new StringBuilder("dossierCode = :code");
        java.util.Map<String, Object> p = new java.util.HashMap<>(java.util.Map.of("code", dossierCode));
        if (!caller.hasRole(Roles.ADMIN)) {
            var agency = caller.hasAnyRole(Roles.COUNTER_OFFICER, Roles.SPECIALIST, Roles.LEADER) ? caller.agency() : java.util.Optional.<String>empty();
            q.append(agency.isPresent() ? " AND (addressee = :me OR agencyCode = :agency)" : " AND addressee = :me");
            p.put("me", caller.username());
            agency.ifPresent(a -> p.put("agency", a));
        }
        if (after != null) {
            q.append(" AND ").append(after.afterTimeAndId("createdAt", "id", false, p));
        }
        List<Letter> found = Letter.<Letter>find(q + " ORDER BY createdAt, id", p).page(0, size + 1).list();
        return Page.of(found, size, l -> Cursor.after(l.createdAt, l.id), LetterView::of);
    }

    @GET
    @Path("/{id}/pdf")
    @Produces("application/pdf")
    @Transactional
    @Authenticated
    @Operation(summary = "Download a letter as PDF")
    @APIResponse(responseCode = "200", description = "The letter as PDF, as it was rendered when issued", content = @Content(mediaType = "application/pdf", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public Response getLetterPdf(@PathParam("id") UUID id) {
        Letter l = Letter.findById(id);
        if (l == null) {
            throw ProblemException.notFound("unknown-letter", "Không có văn bản này", "No such letter");
        }
        if (!visible(l)) {
            throw ProblemException.forbidden("Bạn không có quyền xem văn bản này", "You may not see this letter");
        }
        return Response.ok(l.pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + l.number.replace('/', '-') + ".pdf\"").build();
    }

    @POST
    @Path("/preview/apology")
    @Consumes("application/json")
    @Produces("application/pdf")
    @Transactional
    @RolesAllowed({Roles.LEADER, Roles.ADMIN})
    @Operation(summary = "Render an apology letter from the event's fields, without storing or sending it")
    @APIResponse(responseCode = "200", description = "The apology letter this data would give, as PDF (nothing is stored)", content = @Content(mediaType = "application/pdf", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public Response previewApologyLetter(@Valid @NotNull ApologyIssued sample) {
        ApologyIssued.Rescheduling r = sample.rescheduling();
        if (sample.ruleSet() == null || LetterTemplates.templateFor(sample.ruleSet()) == null
                || r == null || r.receivedAt() == null || r.previousDueAt() == null || r.newDueAt() == null) {
            throw ProblemException.badRequest("incomplete-sample",
                    "Cần ruleSet (DECREE_61_2018 hoặc DECREE_118_2025), rescheduling.receivedAt, rescheduling.previousDueAt, rescheduling.newDueAt",
                    "ruleSet (DECREE_61_2018 or DECREE_118_2025), rescheduling.receivedAt, rescheduling.previousDueAt and rescheduling.newDueAt are required");
        }
        if (sample.agency() == null || sample.agency().code() == null || sample.agency().code().isBlank()) {
            throw ProblemException.invalidField("agency.code", "cần mã cơ quan để lấy tiêu đề văn bản",
                    "the agency code is needed for the letterhead");
        }
        if (sample.procedure() == null) {
            throw ProblemException.invalidField("procedure", "cần thủ tục (mã và tên) in trên văn bản",
                    "the procedure (code and name) printed on the letter is needed");
        }
        if (sample.signer() == null) {
            throw ProblemException.invalidField("signer", "cần người ký văn bản", "the signer of the letter is needed");
        }
        Letterhead head;
        try {
            head = ApologyLetters.letterhead(sample.agency().code(), sample.agency().name());
        } catch (UnknownAgencyException e) {
            throw ProblemException.invalidField("agency.code", "không có tiêu đề văn bản của cơ quan " + sample.agency().code(),
                    "no letterhead is known for agency " + sample.agency().code());
        }
        byte[] pdf = renderer.render(templates.apology(sample.ruleSet(),
                ApologyLetters.model(sample, head, "…/PXL-" + head.symbol, OffsetDateTime.now(clock))));
        return Response.ok(pdf, "application/pdf").build();
    }

    private boolean visible(Letter l) {
        if (caller.username().equals(l.addressee) || caller.hasRole(Roles.ADMIN)) {
            return true;
        }
        return caller.hasAnyRole(Roles.COUNTER_OFFICER, Roles.SPECIALIST, Roles.LEADER)
                && caller.agency().filter(l.agencyCode::equals).isPresent();
    }
}
