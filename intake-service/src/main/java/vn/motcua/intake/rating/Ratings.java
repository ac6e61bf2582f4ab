package vn.motcua.intake.rating;

import vn.motcua.platform.events.EventCatalog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import vn.motcua.intake.dossier.Dossier;
import vn.motcua.intake.dossier.DossierAccess;
import vn.motcua.platform.events.contract.DossierRated;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;

/**
 * Satisfaction rating (đánh giá mức độ hài lòng) by the applicant once the result is returned: four levels, at most
 * once per dossier, announced for the provincial dashboards' satisfaction indicator.
 */
@RequestScoped
public class Ratings {

    /** Rất hài lòng, Hài lòng, Chấp nhận được, Không hài lòng. */
    static final Set<String> LEVELS = Set.of("VERY_SATISFIED", "SATISFIED", "ACCEPTABLE", "DISSATISFIED");

    private final DossierAccess access;
    private final Caller caller;
    private final Outbox outbox;
    private final Clock clock;

    public Ratings(DossierAccess access, Caller caller, Outbox outbox, Clock clock) {
        this.access = access;
        this.caller = caller;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Body of a rating. */
    public record RatingRequest(String rating, String comment) {
    }

    @Transactional
    public Dossier rate(String code, RatingRequest request) {
        Dossier d = access.visible(code);
        if (!d.submittedBy.equals(caller.username())) {
            throw ProblemException.forbidden("Chỉ người nộp hồ sơ được đánh giá", "Only the submitter may rate the service");
        }
        if (request == null || request.rating() == null || !LEVELS.contains(request.rating())) {
            throw ProblemException.invalidField("rating", "một trong VERY_SATISFIED (rất hài lòng), SATISFIED (hài lòng), "
                    + "ACCEPTABLE (chấp nhận được), DISSATISFIED (không hài lòng)",
                    "one of VERY_SATISFIED, SATISFIED, ACCEPTABLE, DISSATISFIED");
        }
        if (request.comment() != null && request.comment().length() > 1000) {
            throw ProblemException.invalidField("comment", "tối đa 1000 ký tự", "at most 1000 characters");
        }
        if (d.processingState != vn.motcua.platform.events.contract.CaseState.RETURNED) {
            throw ProblemException.conflict("not-returned", "Chỉ đánh giá được sau khi đã nhận kết quả",
                    "The service can be rated once the result has been returned");
        }
        if (d.rating != null) {
            throw ProblemException.conflict("already-rated", "Hồ sơ " + code + " đã được đánh giá", "Dossier " + code + " is already rated");
        }
        d.rating = request.rating();
        d.ratingComment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        d.ratedAt = OffsetDateTime.now(clock);
        outbox.publish(EventCatalog.DOSSIER_RATED, d.code,
                new DossierRated(d.code, d.agencyCode, d.procedureCode, d.rating, d.ratingComment, d.ratedAt));
        return d;
    }
}
