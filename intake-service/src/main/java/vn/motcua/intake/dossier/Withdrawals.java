package vn.motcua.intake.dossier;

import vn.motcua.platform.events.EventCatalog;
import vn.motcua.platform.events.contract.CaseState;

import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import vn.motcua.platform.events.contract.DossierWithdrawn;
import vn.motcua.platform.outbox.Outbox;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;

/** The applicant withdraws their dossier (rút hồ sơ); processing closes the case when it has no result yet. */
@RequestScoped
public class Withdrawals {

    private final DossierAccess access;
    private final Caller caller;
    private final Outbox outbox;
    private final Clock clock;

    public Withdrawals(DossierAccess access, Caller caller, Outbox outbox, Clock clock) {
        this.access = access;
        this.caller = caller;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Processing states with a decision: too late to withdraw (processing would ignore it anyway). */
    private static final java.util.Set<CaseState> AFTER_RESULT = java.util.EnumSet.of(CaseState.APPROVED, CaseState.REFUSED,
            CaseState.RESULT_READY, CaseState.RETURNED, CaseState.STOPPED);

    @Transactional
    public Dossier withdraw(String code, String reason) {
        Dossier d = access.visible(code);
        if (!d.submittedBy.equals(caller.username())) {
            throw ProblemException.forbidden("Chỉ người nộp hồ sơ được rút hồ sơ", "Only the submitter may withdraw the dossier");
        }
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw ProblemException.invalidField("reason", "lý do rút hồ sơ bắt buộc, tối đa 2000 ký tự",
                    "a reason is required, at most 2000 characters");
        }
        if (d.processingState != null && AFTER_RESULT.contains(d.processingState)) {
            throw ProblemException.conflict("result-exists", "Hồ sơ " + code + " đã có kết quả, không thể rút",
                    "Dossier " + code + " already has a result and cannot be withdrawn");
        }
        if (d.status == DossierStatus.WITHDRAWN) {
            throw ProblemException.conflict("already-withdrawn", "Hồ sơ " + code + " đã được rút",
                    "Dossier " + code + " is already withdrawn");
        }
        d.status = DossierStatus.WITHDRAWN;
        outbox.publish(EventCatalog.DOSSIER_WITHDRAWN, d.code,
                new DossierWithdrawn(d.code, reason.strip(), caller.username(), OffsetDateTime.now(clock)));
        return d;
    }
}
