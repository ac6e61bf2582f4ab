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

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.platform.security.Roles;

/**
 * The lifecycle of a case (FACTS.md, lifecycle 3-7) as one table: every change of a case is a row, the officers'
 * actions and the system's own (opening, signed result, apology, the applicant's withdrawal and supplement through
 * intake). Each row says from which states, to which state, who (the actor, the roles and whose case it must be),
 * the fields it needs, what it does to the case besides its state, and its effect on the clock; {@link CaseLifecycle}
 * applies any row the same way, so a new action is one new row here (and, if it needs one, a new {@link Effect}).
 */
public enum CaseAction {
    /** intake accepted the dossier: the case opens and its clock counts from the counting start (tiếp nhận). */
    RECEIVE(system().opening().to(RECEIVED).clock(ClockEffect.START)),
    /** The unit leader assigns the case to a specialist (phân công). */
    ASSIGN(officer(Scope.AGENCY, Roles.LEADER).from(RECEIVED, ASSIGNED).to(ASSIGNED)
            .needs(Field.ASSIGNEE).guard(Guard.ASSIGNEE_OF_AGENCY).effect(Effect.ASSIGN).clock(ClockEffect.RUNS)),
    /** The assigned specialist takes it up. */
    START(officer(Scope.ASSIGNEE, Roles.SPECIALIST).from(ASSIGNED).to(IN_PROCESS).clock(ClockEffect.RUNS)),
    /** Ask the applicant to add or fix documents; the clock pauses (and will resume or restart per the procedure). */
    REQUEST_SUPPLEMENT(officer(Scope.ASSIGNEE, Roles.SPECIALIST).from(IN_PROCESS).to(SUPPLEMENT_REQUESTED)
            .needs(Field.REASON).clock(ClockEffect.PAUSE)),
    /** The supplement arrived at the counter. */
    RECEIVE_SUPPLEMENT(officer(Scope.AGENCY, Roles.COUNTER_OFFICER, Roles.SPECIALIST).from(SUPPLEMENT_REQUESTED)
            .to(IN_PROCESS).clock(ClockEffect.RESUME_OR_RESTART)),
    /** The applicant sent the supplement online through intake (bổ sung trực tuyến). */
    RECEIVE_SUPPLEMENT_ONLINE(system().from(SUPPLEMENT_REQUESTED).to(IN_PROCESS).clock(ClockEffect.RESUME_OR_RESTART)),
    /**
     * Ask the applicant to pay fees or charges (nghĩa vụ tài chính), each amount with its legal basis: one bill each,
     * payable online or in cash; the clock pauses.
     */
    REQUEST_PAYMENT(officer(Scope.ASSIGNEE, Roles.SPECIALIST).from(IN_PROCESS).to(PAYMENT_REQUESTED)
            .needs(Field.REASON, Field.FEES).effect(Effect.OPEN_BILLS).clock(ClockEffect.PAUSE)),
    /**
     * The last bill of the request was paid: online, reported by the gateway; or in cash, recorded by the officer who
     * took it. Reached only through the payment's settlement (the actor is {@code system} or that officer).
     */
    CONFIRM_PAYMENT(system().from(PAYMENT_REQUESTED).to(IN_PROCESS).clock(ClockEffect.RESUME)),
    /** Suspend processing (e.g. waiting for another authority); the clock pauses. */
    SUSPEND(officer(Scope.AGENCY, Roles.LEADER).from(ASSIGNED, IN_PROCESS).to(SUSPENDED).needs(Field.REASON)
            .clock(ClockEffect.PAUSE)),
    RESUME(officer(Scope.AGENCY, Roles.LEADER).from(SUSPENDED).to(IN_PROCESS).clock(ClockEffect.RESUME)),
    /** Send to a co-processing agency for its part (liên thông), with that agency's own time limit. */
    TRANSFER(officer(Scope.AGENCY, Roles.SPECIALIST, Roles.LEADER).from(IN_PROCESS).to(TRANSFERRED)
            .needs(Field.PARTNER_AGENCY, Field.PARTNER_WORKING_DAYS).guard(Guard.PARTNER_IS_ANOTHER_WORKING_AGENCY)
            .effect(Effect.HAND_TO_PARTNER).clock(ClockEffect.RUNS)),
    /** The co-processing agency hands its part back. */
    RETURN_TRANSFER(officer(Scope.PARTNER, Roles.SPECIALIST, Roles.LEADER).from(TRANSFERRED).to(IN_PROCESS)
            .effect(Effect.TAKE_BACK).clock(ClockEffect.RUNS)),
    /** The specialist submits the draft result to the leader (trình ký). */
    SUBMIT_FOR_APPROVAL(officer(Scope.ASSIGNEE, Roles.SPECIALIST).from(IN_PROCESS).to(AWAITING_APPROVAL)
            .clock(ClockEffect.RUNS)),
    SEND_BACK(officer(Scope.AGENCY, Roles.LEADER).from(AWAITING_APPROVAL).to(IN_PROCESS).clock(ClockEffect.RUNS)),
    APPROVE(officer(Scope.AGENCY, Roles.LEADER).from(AWAITING_APPROVAL).to(APPROVED).clock(ClockEffect.RUNS)),
    /**
     * A leader uploaded the result and its digital signature verified VALID (ký số): reached only through the result
     * upload, which checks the leader and the signature; the processing time stops counting.
     */
    SIGN_RESULT(system().from(APPROVED).to(RESULT_READY).clock(ClockEffect.FINISH)),
    /** Refuse with a reason (văn bản từ chối). */
    REFUSE(officer(Scope.AGENCY, Roles.LEADER).from(AWAITING_APPROVAL).to(REFUSED).needs(Field.REASON)
            .effect(Effect.RECORD_OUTCOME).clock(ClockEffect.CLOSE)),
    /** Hand the signed result over (counter, post or online): only with a valid signed result. */
    RETURN_RESULT(officer(Scope.AGENCY, Roles.COUNTER_OFFICER).from(RESULT_READY).to(RETURNED)
            .guard(Guard.SIGNED_RESULT).clock(ClockEffect.CLOSE)),
    /**
     * A late agency's apology with a new appointment date (phiếu xin lỗi và hẹn lại), through its own form: the state
     * stays, the due date moves.
     */
    APOLOGY(system().from(CaseState.CLOCK_RUNNING).from(CaseState.PAUSED).staying().needs(Field.NEW_DUE_AT)
            .clock(ClockEffect.MOVE_DUE)),
    /** The applicant withdraws the dossier at the counter before a result (rút hồ sơ). */
    WITHDRAW(officer(Scope.AGENCY, Roles.COUNTER_OFFICER).from(Row.BEFORE_DECISION).to(WITHDRAWN).needs(Field.REASON)
            .effect(Effect.RECORD_OUTCOME).clock(ClockEffect.CLOSE)),
    /** The applicant withdrew the dossier online through intake; refused (and intake told) once decided. */
    WITHDRAW_ONLINE(system().from(Row.BEFORE_DECISION).to(WITHDRAWN).needs(Field.REASON).effect(Effect.RECORD_OUTCOME)
            .clock(ClockEffect.CLOSE)),
    /** Stop at the applicant's request, with a notice (dừng xử lý). */
    STOP(officer(Scope.AGENCY, Roles.COUNTER_OFFICER, Roles.LEADER).from(Row.BEFORE_DECISION).from(APPROVED).to(STOPPED)
            .needs(Field.REASON).effect(Effect.RECORD_OUTCOME).clock(ClockEffect.CLOSE));

    /** Who starts a change: an officer through the actions endpoint, or the service itself. */
    public enum Actor { OFFICER, SYSTEM }

    /** Whose case the officer must be acting on. */
    public enum Scope {
        /** an officer of the case's agency */
        AGENCY,
        /** the specialist the case is assigned to */
        ASSIGNEE,
        /** an officer of the co-processing agency holding it */
        PARTNER,
        /** nobody checks a caller: the service itself (its own endpoint checks whoever started it) */
        NONE
    }

    /** A field of the action's inputs that the row needs, named as the request names it. */
    public enum Field {
        ASSIGNEE("assignee"), REASON("reason"), PARTNER_AGENCY("partnerAgency"),
        PARTNER_WORKING_DAYS("partnerWorkingDays"), NEW_DUE_AT("newDueAt"), FEES("fees");

        public final String json;

        Field(String json) {
            this.json = json;
        }
    }

    /** What the row checks beyond states, roles and fields, against the rest of the system. */
    public enum Guard {
        NONE,
        /** the assignee is an officer of the case's agency who may be assigned */
        ASSIGNEE_OF_AGENCY,
        /** the partner is another agency the directory knows and that works */
        PARTNER_IS_ANOTHER_WORKING_AGENCY,
        /** the latest result carries a VALID signature */
        SIGNED_RESULT
    }

    /** What the row does to the case besides its state and clock. */
    public enum Effect {
        NONE,
        /** the specialist in charge becomes the assignee */
        ASSIGN,
        /** the partner agency holds the case, with its own due time in working days */
        HAND_TO_PARTNER,
        /** the partner gives the case back */
        TAKE_BACK,
        /** the reason is the case's outcome */
        RECORD_OUTCOME,
        /** one bill per amount asked for, for the applicant to pay */
        OPEN_BILLS
    }

    /** What the row does to the case's clock (FACTS.md, clock rules). */
    public enum ClockEffect {
        /** the case opens: the first step started when counting did */
        START,
        /** the clock keeps running; the new step gets its share of the time */
        RUNS,
        /** the clock stops (waiting for the applicant or another authority) */
        PAUSE,
        /** the clock runs again; the due date moves by the paused working time */
        RESUME,
        /** as RESUME, or the whole time limit counts again from now where the procedure's rule is RESTART */
        RESUME_OR_RESTART,
        /** a new due date replaces the current one */
        MOVE_DUE,
        /** the result is ready: the processing time stops counting */
        FINISH,
        /** the case is closed (a paused clock is settled first, so the record shows the real due date) */
        CLOSE
    }

    private final Row row;

    CaseAction(Row row) {
        this.row = row;
    }

    public Actor actor() {
        return row.actor;
    }

    public boolean allowedFrom(CaseState state) {
        return row.from.contains(state);
    }

    /** The state after the action; the same state for a row that keeps it (an apology). */
    public CaseState to(CaseState from) {
        return row.to == null ? from : row.to;
    }

    public Scope scope() {
        return row.scope;
    }

    public List<String> roles() {
        return row.roles;
    }

    public Set<Field> needs() {
        return row.needs;
    }

    public Guard guard() {
        return row.guard;
    }

    public Effect effect() {
        return row.effect;
    }

    public ClockEffect clock() {
        return row.clock;
    }

    /** True for the row that creates a case (no from-state). */
    public boolean opens() {
        return row.opening;
    }

    /** The actions an officer may take from a state, in table order. */
    public static List<CaseAction> from(CaseState state) {
        return Arrays.stream(values()).filter(a -> a.actor() == Actor.OFFICER && a.allowedFrom(state)).toList();
    }

    private static Row officer(Scope scope, String... roles) {
        return new Row(Actor.OFFICER, scope, List.of(roles));
    }

    private static Row system() {
        return new Row(Actor.SYSTEM, Scope.NONE, List.of());
    }

    /** One row of the table, written as a sentence so that two swapped parts cannot pass unseen. */
    private static final class Row {
        /** Before a decision (approval, refusal, result): the applicant may still withdraw or stop. */
        static final Set<CaseState> BEFORE_DECISION = EnumSet.of(RECEIVED, ASSIGNED, IN_PROCESS, SUPPLEMENT_REQUESTED,
                PAYMENT_REQUESTED, SUSPENDED, TRANSFERRED, AWAITING_APPROVAL);

        final Actor actor;
        final Scope scope;
        final List<String> roles;
        final Set<CaseState> from = EnumSet.noneOf(CaseState.class);
        CaseState to;
        boolean opening;
        boolean staying;
        Set<Field> needs = EnumSet.noneOf(Field.class);
        Guard guard = Guard.NONE;
        Effect effect = Effect.NONE;
        ClockEffect clock;

        Row(Actor actor, Scope scope, List<String> roles) {
            this.actor = actor;
            this.scope = scope;
            this.roles = roles;
        }

        Row from(CaseState... states) {
            from.addAll(List.of(states));
            return this;
        }

        Row from(Set<CaseState> states) {
            from.addAll(states);
            return this;
        }

        Row opening() {
            opening = true;
            return this;
        }

        Row to(CaseState state) {
            to = state;
            return this;
        }

        Row staying() {
            staying = true;
            return this;
        }

        Row needs(Field... fields) {
            needs = EnumSet.copyOf(List.of(fields));
            return this;
        }

        Row guard(Guard g) {
            guard = g;
            return this;
        }

        Row effect(Effect e) {
            effect = e;
            return this;
        }

        Row clock(ClockEffect c) {
            clock = c;
            // the clock effect ends every row: the row is complete here
            if (staying == (to != null) || c == null || opening != from.isEmpty()) {
                throw new IllegalStateException("a row needs a target or staying, a clock effect, and from-states unless it opens");
            }
            return this;
        }
    }
}
