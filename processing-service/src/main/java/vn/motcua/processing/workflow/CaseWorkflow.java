package vn.motcua.processing.workflow;

import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import vn.motcua.platform.problem.ProblemException;
import vn.motcua.platform.security.Caller;
import vn.motcua.processing.casefile.CaseAccess;
import vn.motcua.processing.casefile.DossierCase;
import vn.motcua.processing.deadline.CaseClock;

/**
 * Applies an officer's action to a case: checks the transition, the role and whose case it is, moves the clock,
 * writes the control sheet and the event, all in one transaction.
 */
@RequestScoped
public class CaseWorkflow {

    private final Caller caller;
    private final CaseAccess access;
    private final CaseClock clock;
    private final CaseTransitions transitions;
    private final Clock time;
    private final vn.motcua.processing.agency.AgencyCopy agencies;
    private final vn.motcua.processing.officer.OfficerDirectory officers;

    public CaseWorkflow(Caller caller, CaseAccess access, CaseClock clock, CaseTransitions transitions, Clock time,
                        vn.motcua.processing.agency.AgencyCopy agencies, vn.motcua.processing.officer.OfficerDirectory officers) {
        this.agencies = agencies;
        this.officers = officers;
        this.caller = caller;
        this.access = access;
        this.clock = clock;
        this.transitions = transitions;
        this.time = time;
    }

    /**
     * @param expectedVersion the version the officer saw ({@code If-Match}); another one means someone acted in
     *                        between, answered 412 with where the case now stands
     */
    @Transactional
    public DossierCase apply(String dossierCode, CaseAction action, ActionRequest request, java.util.OptionalLong expectedVersion) {
        ActionRequest req = request == null ? ActionRequest.empty() : request;
        officers.signedIn(caller);
        DossierCase c = access.visibleForUpdate(dossierCode);
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != c.version) {
            throw new ProblemException(412, "case-changed", "Hồ sơ đã thay đổi", "Case changed",
                    "Hồ sơ " + dossierCode + " vừa được thay đổi (nay ở trạng thái " + c.state + ", phiên bản " + c.version
                            + "); tải lại rồi thao tác lại",
                    "Case " + dossierCode + " was changed meanwhile (now " + c.state + ", version " + c.version
                            + "); reload it and act again", List.of());
        }
        checkCaller(c, action);
        if (!action.allowedFrom(c.state)) {
            List<CaseAction> allowed = CaseAction.from(c.state);
            String names = allowed.isEmpty() ? "-" : allowed.stream().map(Enum::name).collect(Collectors.joining(", "));
            throw ProblemException.conflict("illegal-transition",
                    "Không thể " + action + " khi hồ sơ đang ở trạng thái " + c.state + "; thao tác được phép: " + names,
                    "Cannot " + action + " a case in state " + c.state + "; allowed: " + names);
        }
        checkFields(action, req);
        if (action == CaseAction.TRANSFER) {
            checkPartner(c, req.partnerAgency());
        }
        if (action == CaseAction.ASSIGN) {
            officers.requireAssignable(req.assignee(), c.agencyCode); // nobody, a citizen, another agency's officer: 422
        }

        OffsetDateTime now = OffsetDateTime.now(time);
        String comment = describe(action, req);
        switch (action) {
            case ASSIGN -> c.assignee = req.assignee();
            case TRANSFER -> {
                c.partnerAgency = req.partnerAgency();
                c.partnerDueAt = clock.calculator(c).plusWorkingMinutes(now, req.partnerWorkingDays() * (long) vn.motcua.calendar.OfficeHours.MINUTES_PER_WORKING_DAY);
            }
            case RETURN_TRANSFER -> {
                c.partnerAgency = null;
                c.partnerDueAt = null;
            }
            case REFUSE, WITHDRAW, STOP -> c.outcomeReason = req.reason();
            case RETURN_RESULT -> vn.motcua.processing.result.ResultService.requireReturnable(c);
            default -> { }
        }
        transitions.move(c, action.to(), action.name(), caller.username(), now, comment);
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
            case ASSIGNEE -> agency.equals(c.agencyCode) && caller.username().equals(c.assignee);
            case PARTNER -> agency.equals(c.partnerAgency);
        };
        if (!ok) {
            String[] whose = switch (action.scope()) { // Vietnamese, English
                case AGENCY -> new String[] {"cơ quan " + c.agencyCode, "agency " + c.agencyCode};
                case ASSIGNEE -> new String[] {"chuyên viên được phân công " + c.assignee, "the assigned specialist " + c.assignee};
                case PARTNER -> new String[] {"cơ quan phối hợp " + c.partnerAgency, "the co-processing agency " + c.partnerAgency};
            };
            throw ProblemException.forbidden("Chỉ " + whose[0] + " được thực hiện " + action + " với hồ sơ này",
                    "Only " + whose[1] + " may " + action + " this case");
        }
    }

    private static void checkFields(CaseAction action, ActionRequest req) {
        switch (action) {
            case ASSIGN -> require("assignee", req.assignee());
            case REQUEST_SUPPLEMENT, REQUEST_PAYMENT, SUSPEND, REFUSE, WITHDRAW, STOP -> require("reason", req.reason());
            case TRANSFER -> {
                require("partnerAgency", req.partnerAgency());
                if (req.partnerWorkingDays() == null) {
                    throw ProblemException.invalidField("partnerWorkingDays", "bắt buộc khi chuyển liên thông",
                            "required for a transfer");
                }
            }
            default -> { }
        }
    }

    /**
     * A case is transferred only to another agency the directory knows and that works: a case sent to a code nobody
     * acts for ({@code NOPE}) would wait for ever.
     */
    private void checkPartner(DossierCase c, String partner) {
        if (partner.equals(c.agencyCode)) {
            throw ProblemException.unprocessable("transfer-to-self", "Không thể chuyển liên thông cho chính cơ quan giải quyết",
                    "A case cannot be transferred to its own agency");
        }
        if (!agencies.isActive(partner)) {
            throw new ProblemException(422, "unknown-agency", "Không thể xử lý", "Unprocessable",
                    "Không có cơ quan đang hoạt động mã " + partner + " trong danh mục cơ quan",
                    "No working agency with code " + partner + " is in the agency directory",
                    List.of(new vn.motcua.platform.problem.Problem.FieldError("partnerAgency", "unknown or inactive agency",
                            "cơ quan không có hoặc đã ngừng hoạt động")));
        }
    }

    private static void require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, "bắt buộc với thao tác này", "required for this action");
        }
    }

    private static String describe(CaseAction action, ActionRequest req) {
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
