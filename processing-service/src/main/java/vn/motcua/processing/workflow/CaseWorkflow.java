package vn.motcua.processing.workflow;

import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.processing.casefile.CaseAccess;
import vn.motcua.processing.casefile.DossierCase;
import vn.motcua.processing.officer.OfficerDirectory;

/**
 * An officer's action on a case: checks that the row is an officer's, the version the officer saw, the role and whose
 * case it is, then hands the row to {@link CaseLifecycle}, all in one transaction.
 */
@RequestScoped
public class CaseWorkflow {

    private final Caller caller;
    private final CaseAccess access;
    private final CaseLifecycle lifecycle;
    private final Clock time;
    private final OfficerDirectory officers;

    public CaseWorkflow(Caller caller, CaseAccess access, CaseLifecycle lifecycle, Clock time, OfficerDirectory officers) {
        this.caller = caller;
        this.access = access;
        this.lifecycle = lifecycle;
        this.time = time;
        this.officers = officers;
    }

    /**
     * @param expectedVersion the version the officer saw ({@code If-Match}); another one means someone acted in
     *                        between, answered 412 with where the case now stands
     */
    @Transactional
    public DossierCase apply(String dossierCode, CaseAction action, ActionRequest request, java.util.OptionalLong expectedVersion) {
        ActionRequest req = request == null ? ActionRequest.empty() : request;
        if (action.actor() != CaseAction.Actor.OFFICER) {
            throw ProblemException.forbidden("Thao tác " + action + " do hệ thống thực hiện, không qua thao tác của cán bộ",
                    action + " is the system's own transition, not an officer's action");
        }
        officers.signedIn(caller);
        DossierCase c = access.visibleForUpdate(dossierCode);
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != c.version) {
            throw new ProblemException(412, "case-changed", "Hồ sơ đã thay đổi", "Case changed",
                    "Hồ sơ " + dossierCode + " vừa được thay đổi (nay ở trạng thái " + c.state() + ", phiên bản " + c.version
                            + "); tải lại rồi thao tác lại",
                    "Case " + dossierCode + " was changed meanwhile (now " + c.state() + ", version " + c.version
                            + "); reload it and act again", List.of());
        }
        checkCaller(c, action);
        lifecycle.apply(c, action, ActionInputs.of(req), caller.username(), OffsetDateTime.now(time), describe(req));
        return c;
    }

    private void checkCaller(DossierCase c, CaseAction action) {
        if (!caller.hasAnyRole(action.roles().toArray(String[]::new))) {
            throw ProblemException.forbidden("Vai trò của bạn không được thực hiện " + action + " (cần: " + action.roles() + ")",
                    "Your role may not " + action + " (needs one of " + action.roles() + ")");
        }
        String agency = caller.requireAgency();
        boolean ok = switch (action.scope()) {
            case AGENCY -> agency.equals(c.agencyCode);
            case ASSIGNEE -> agency.equals(c.agencyCode) && caller.username().equals(c.assignee());
            case PARTNER -> agency.equals(c.partnerAgency());
            case NONE -> false; // no officer row has it
        };
        if (!ok) {
            String[] whose = switch (action.scope()) { // Vietnamese, English
                case AGENCY, NONE -> new String[] {"cơ quan " + c.agencyCode, "agency " + c.agencyCode};
                case ASSIGNEE -> new String[] {"chuyên viên được phân công " + c.assignee(), "the assigned specialist " + c.assignee()};
                case PARTNER -> new String[] {"cơ quan phối hợp " + c.partnerAgency(), "the co-processing agency " + c.partnerAgency()};
            };
            throw ProblemException.forbidden("Chỉ " + whose[0] + " được thực hiện " + action + " với hồ sơ này",
                    "Only " + whose[1] + " may " + action + " this case");
        }
    }

    /** The control sheet's comment: what the officer gave, in a fixed order. */
    private static String describe(ActionRequest req) {
        StringBuilder s = new StringBuilder();
        if (req.assignee() != null) {
            s.append("→ ").append(req.assignee()).append(". ");
        }
        if (req.partnerAgency() != null) {
            s.append("→ ").append(req.partnerAgency()).append(" (").append(req.partnerWorkingDays()).append(" ngày làm việc). ");
        }
        if (req.reason() != null) {
            s.append(req.reason()).append(' ');
        }
        if (req.comment() != null) {
            s.append(req.comment());
        }
        return s.toString().trim();
    }
}
