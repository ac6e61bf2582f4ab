package vn.motcua.processing.workflow;

import static vn.motcua.platform.events.contract.CaseState.APPROVED;
import static vn.motcua.platform.events.contract.CaseState.ASSIGNED;
import static vn.motcua.platform.events.contract.CaseState.AWAITING_APPROVAL;
import static vn.motcua.platform.events.contract.CaseState.IN_PROCESS;
import static vn.motcua.platform.events.contract.CaseState.PAYMENT_REQUESTED;
import static vn.motcua.platform.events.contract.CaseState.RECEIVED;
import static vn.motcua.platform.events.contract.CaseState.REFUSED;
import static vn.motcua.platform.events.contract.CaseState.RESULT_READY;
import static vn.motcua.platform.events.contract.CaseState.RETURNED;
import static vn.motcua.platform.events.contract.CaseState.STOPPED;
import static vn.motcua.platform.events.contract.CaseState.SUPPLEMENT_REQUESTED;
import static vn.motcua.platform.events.contract.CaseState.SUSPENDED;
import static vn.motcua.platform.events.contract.CaseState.TRANSFERRED;
import static vn.motcua.platform.events.contract.CaseState.WITHDRAWN;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.motcua.platform.security.Roles;
import vn.motcua.platform.events.contract.CaseState;

/**
 * What an officer can do to a case: from which states, to which state, by which roles, and whose case it must be.
 * The transition table of the lifecycle (FACTS.md, lifecycle 3-7).
 */
public enum CaseAction {
    /** The unit leader assigns the case to a specialist (phân công). */
    ASSIGN(EnumSet.of(RECEIVED, ASSIGNED), ASSIGNED, Scope.AGENCY, Roles.LEADER),
    /** The assigned specialist takes it up. */
    START(EnumSet.of(ASSIGNED), IN_PROCESS, Scope.ASSIGNEE, Roles.SPECIALIST),
    /** Ask the applicant to add or fix documents; the clock pauses or will restart per the procedure's rule. */
    REQUEST_SUPPLEMENT(EnumSet.of(IN_PROCESS), SUPPLEMENT_REQUESTED, Scope.ASSIGNEE, Roles.SPECIALIST),
    /** The supplement arrived (at the counter, or online through intake). */
    RECEIVE_SUPPLEMENT(EnumSet.of(SUPPLEMENT_REQUESTED), IN_PROCESS, Scope.AGENCY, Roles.COUNTER_OFFICER, Roles.SPECIALIST),
    /** Ask the applicant to pay fees or charges (nghĩa vụ tài chính); the clock pauses. */
    REQUEST_PAYMENT(EnumSet.of(IN_PROCESS), PAYMENT_REQUESTED, Scope.ASSIGNEE, Roles.SPECIALIST),
    CONFIRM_PAYMENT(EnumSet.of(PAYMENT_REQUESTED), IN_PROCESS, Scope.AGENCY, Roles.COUNTER_OFFICER, Roles.SPECIALIST),
    /** Suspend processing (e.g. waiting for another authority); the clock pauses. */
    SUSPEND(EnumSet.of(ASSIGNED, IN_PROCESS), SUSPENDED, Scope.AGENCY, Roles.LEADER),
    RESUME(EnumSet.of(SUSPENDED), IN_PROCESS, Scope.AGENCY, Roles.LEADER),
    /** Send to a co-processing agency for its part (liên thông), with that agency's own time limit. */
    TRANSFER(EnumSet.of(IN_PROCESS), TRANSFERRED, Scope.AGENCY, Roles.SPECIALIST, Roles.LEADER),
    /** The co-processing agency hands its part back. */
    RETURN_TRANSFER(EnumSet.of(TRANSFERRED), IN_PROCESS, Scope.PARTNER, Roles.SPECIALIST, Roles.LEADER),
    /** The specialist submits the draft result to the leader (trình ký). */
    SUBMIT_FOR_APPROVAL(EnumSet.of(IN_PROCESS), AWAITING_APPROVAL, Scope.ASSIGNEE, Roles.SPECIALIST),
    SEND_BACK(EnumSet.of(AWAITING_APPROVAL), IN_PROCESS, Scope.AGENCY, Roles.LEADER),
    APPROVE(EnumSet.of(AWAITING_APPROVAL), APPROVED, Scope.AGENCY, Roles.LEADER),
    /** Refuse with a reason (văn bản từ chối). */
    REFUSE(EnumSet.of(AWAITING_APPROVAL), REFUSED, Scope.AGENCY, Roles.LEADER),
    /** Hand the signed result over (counter, post or online). Reached only with a valid signed result. */
    RETURN_RESULT(EnumSet.of(RESULT_READY), RETURNED, Scope.AGENCY, Roles.COUNTER_OFFICER),
    /** The applicant withdraws the dossier before a result (rút hồ sơ). */
    WITHDRAW(EnumSet.of(RECEIVED, ASSIGNED, IN_PROCESS, SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED, SUSPENDED, TRANSFERRED,
            AWAITING_APPROVAL), WITHDRAWN, Scope.AGENCY, Roles.COUNTER_OFFICER),
    /** Stop at the applicant's request, with a notice (dừng xử lý). */
    STOP(EnumSet.of(RECEIVED, ASSIGNED, IN_PROCESS, SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED, SUSPENDED, TRANSFERRED,
            AWAITING_APPROVAL, APPROVED), STOPPED, Scope.AGENCY, Roles.COUNTER_OFFICER, Roles.LEADER);

    /** Whose case the caller must be acting on. */
    public enum Scope {
        /** an officer of the case's agency */
        AGENCY,
        /** the specialist the case is assigned to */
        ASSIGNEE,
        /** an officer of the co-processing agency holding it */
        PARTNER
    }

    private final Set<CaseState> from;
    private final CaseState to;
    private final Scope scope;
    private final List<String> roles;

    CaseAction(Set<CaseState> from, CaseState to, Scope scope, String... roles) {
        this.from = from;
        this.to = to;
        this.scope = scope;
        this.roles = List.of(roles);
    }

    public boolean allowedFrom(CaseState state) {
        return from.contains(state);
    }

    public CaseState to() {
        return to;
    }

    public Scope scope() {
        return scope;
    }

    public List<String> roles() {
        return roles;
    }

    /** The actions the table allows from a state, in declaration order. */
    public static List<CaseAction> from(CaseState state) {
        return java.util.Arrays.stream(values()).filter(a -> a.allowedFrom(state)).toList();
    }
}
