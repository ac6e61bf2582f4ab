package vn.motcua.dashboard.readmodel;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.calendar.VietnamTime;
import vn.motcua.platform.events.contract.ApologyIssued;
import vn.motcua.platform.events.contract.CaseOpened;
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.platform.events.contract.CaseStatusChanged;
import vn.motcua.platform.events.contract.DeadlineCrossed;
import vn.motcua.platform.events.contract.DeadlineStage;
import vn.motcua.platform.events.contract.DossierAccepted;
import vn.motcua.platform.events.contract.DossierRated;
import vn.motcua.platform.events.contract.Timeliness;

/**
 * What the events said of one dossier (hồ sơ), as far as the indicators need it. Changed only through the methods
 * named after the events; {@link #contribute} turns it into counter increments. The intake and processing topics
 * are read independently, so a case's transitions may arrive before intake's acceptance: every method keeps what
 * it learns whatever arrived first, and the contribution depends only on the final fields, never on that order.
 */
public final class DossierFact implements Cloneable {

    final String code;
    boolean accepted;
    String agencyCode;
    String procedureCode;
    String procedureName;
    String channel;
    String deskAgency;
    String deskStaff;
    String officeHours;
    String returnChannel;
    OffsetDateTime receivedAt;
    OffsetDateTime countingStartsAt;
    OffsetDateTime appointmentAt;
    OffsetDateTime dueAt;
    boolean feeBearing;
    boolean paidOnline;
    int components;
    int digitised;
    int reused;
    CaseState state;
    OffsetDateTime lastTransitionAt;
    String assignee;
    OffsetDateTime pausedSince;
    long pausedMinutes;
    OffsetDateTime openedAt;
    OffsetDateTime takenUpAt;
    int supplementRequests;
    OffsetDateTime firstSupplementAt;
    OffsetDateTime doneAt;
    CaseState doneState;
    OffsetDateTime doneDueAt;
    boolean electronicResult;
    OffsetDateTime returnedAt;
    OffsetDateTime closedAt;
    CaseState closedState;
    OffsetDateTime apologyAt;
    OffsetDateTime apologyPreviousDue;
    OffsetDateTime nearDueAt;
    String rating;
    OffsetDateTime ratedAt;
    OffsetDateTime syncedAt;

    public DossierFact(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** intake accepted the dossier (tiếp nhận): everything the day of receipt counts. */
    public void accepted(DossierAccepted a) {
        accepted = true;
        agencyCode = a.agencyCode();
        procedureCode = a.procedureCode();
        procedureName = a.procedureName();
        channel = a.channel().name();
        if (a.receptionDesk() != null) {
            deskAgency = a.receptionDesk().agencyCode();
            deskStaff = a.receptionDesk().staff();
        }
        officeHours = a.agency() == null || a.agency().officeHours() == null ? null : String.join(",", a.agency().officeHours());
        returnChannel = a.resultReturnChannel();
        receivedAt = a.receivedAt();
        countingStartsAt = a.countingStartsAt() != null ? a.countingStartsAt() : a.receivedAt();
        appointmentAt = a.appointmentAt();
        if (dueAt == null) {
            dueAt = a.appointmentAt(); // processing's transitions, when they came first, know the due date better
        }
        // a payment settled before this event arrived (another topic) already made it fee-bearing
        feeBearing = feeBearing || a.fees() != null && a.fees().stream().anyMatch(f -> f.amountVnd() > 0);
        List<DossierAccepted.ReceivedComponent> received = a.components() == null ? List.of() : a.components();
        components = received.size();
        digitised = (int) received.stream().filter(c -> c.fileName() != null || c.sha256() != null).count();
        reused = (int) received.stream().filter(DossierAccepted.ReceivedComponent::reused).count();
    }

    /** processing took the case in charge. */
    public void opened(CaseOpened o) {
        agencyCode = agencyCode != null ? agencyCode : o.agencyCode();
        procedureCode = procedureCode != null ? procedureCode : o.procedureCode();
        openedAt = openedAt != null ? openedAt : o.openedAt();
        if (state == null) {
            state = o.state();
            dueAt = o.dueAt();
        }
    }

    /** A transition of the case (processing's topic keeps a dossier's transitions in order). */
    public void statusChanged(CaseStatusChanged c, WorkingMinutes minutes) {
        CaseStatusChanged.Transition t = c.transition();
        agencyCode = agencyCode != null ? agencyCode : c.agencyCode();
        procedureCode = procedureCode != null ? procedureCode : c.procedureCode();
        CaseState to = t.toState();
        OffsetDateTime at = t.at();
        if (to.paused() && pausedSince == null) {
            pausedSince = at;
        } else if (!to.paused() && pausedSince != null) {
            pausedMinutes += Math.max(0, minutes.between(officeHours, pausedSince, at));
            pausedSince = null;
        }
        if (t.fromState() == CaseState.RECEIVED && takenUpAt == null) {
            takenUpAt = at; // the competent agency took the dossier up: the end of the desk's hand-over
        }
        if (to == CaseState.SUPPLEMENT_REQUESTED) {
            supplementRequests++;
            firstSupplementAt = firstSupplementAt != null ? firstSupplementAt : at;
        }
        if (c.deadline() != null && c.deadline().dueAt() != null) {
            dueAt = c.deadline().dueAt();
        }
        boolean signedResults = c.results() != null && !c.results().isEmpty();
        if ((to == CaseState.RESULT_READY || to == CaseState.REFUSED || to == CaseState.RETURNED) && doneAt == null) {
            doneAt = at;
            doneState = to == CaseState.RETURNED ? CaseState.RESULT_READY : to;
            doneDueAt = dueAt;
        }
        electronicResult |= signedResults;
        if (to == CaseState.RETURNED && returnedAt == null) {
            returnedAt = at;
        }
        if ((to == CaseState.REFUSED || to == CaseState.WITHDRAWN || to == CaseState.STOPPED) && closedAt == null) {
            closedAt = at;
            closedState = to;
        }
        state = to;
        lastTransitionAt = at;
        assignee = c.assignee();
    }

    /** The late agency apologised with a new date: the dossier stays late, the new date is the one in force. */
    public void apologised(ApologyIssued a) {
        if (apologyAt == null) {
            apologyAt = a.issuedAt();
            apologyPreviousDue = a.rescheduling().previousDueAt();
        }
        dueAt = a.rescheduling().newDueAt();
    }

    public void deadlineCrossed(DeadlineCrossed d) {
        if (d.stage() == DeadlineStage.NEAR_DUE && nearDueAt == null) {
            nearDueAt = d.detectedAt();
        }
    }

    public void rated(DossierRated r) {
        Metric.ofRating(r.rating()); // refuses a rating the indicator has no place for
        agencyCode = agencyCode != null ? agencyCode : r.agencyCode();
        if (rating == null) {
            rating = r.rating();
            ratedAt = r.at();
        }
    }

    /** The national portal acknowledged the dossier (its own topic: may come before intake's acceptance). */
    /**
     * A fee or charge of the dossier was paid: the dossier bears a fee (asked at reception or during processing), and
     * counts as paid online if any of its bills was paid through the gateway (Decision 766, online payment).
     */
    public void paid(vn.motcua.platform.events.contract.PaymentSettled p) {
        feeBearing = true;
        paidOnline = paidOnline || p.settlement().channel().online();
    }

    public void synced(vn.motcua.platform.events.contract.DossierSynced s) {
        syncedAt = syncedAt != null ? syncedAt : s.acknowledgedAt();
    }

    /** The dossier's timeliness once done (trước hạn / đúng hạn / trễ hạn), against the due date before any apology. */
    public Timeliness doneTimeliness() {
        if (doneAt == null) {
            return null;
        }
        OffsetDateTime due = apologyPreviousDue != null ? apologyPreviousDue : doneDueAt != null ? doneDueAt : appointmentAt;
        if (due == null || doneAt.isAfter(due)) {
            return due == null ? Timeliness.ON_TIME : Timeliness.LATE;
        }
        return day(doneAt).isBefore(day(due)) ? Timeliness.EARLY : Timeliness.ON_TIME;
    }

    /** Working minutes from the start of counting to the result, pauses excluded. */
    public long processingMinutes(WorkingMinutes minutes) {
        if (doneAt == null || countingStartsAt == null) {
            return 0;
        }
        return Math.max(0, minutes.between(officeHours, countingStartsAt, doneAt) - pausedMinutes);
    }

    /**
     * The hand-over (chuyển hồ sơ) of a dossier received by post at a post office or commune point: from its receipt
     * there until the competent agency took it up; none until both are known.
     */
    public java.util.Optional<HandOver> handOver() {
        if (!accepted || agencyCode == null || !"POSTAL".equals(channel) || deskAgency == null || takenUpAt == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new HandOver(code, deskAgency, deskStaff, agencyCode, day(receivedAt),
                java.time.Duration.between(receivedAt, takenUpAt).toSeconds()));
    }

    /** When the dossier stopped being in progress: its result, or its closing without one. */
    public OffsetDateTime finishedAt() {
        return doneAt != null ? doneAt : closedAt;
    }

    /**
     * Adds this dossier's increments to {@code out}: nothing until intake's acceptance is known (the unit, channel
     * and day of receipt come from it).
     */
    public void contribute(Counts out, WorkingMinutes minutes) {
        if (!accepted || agencyCode == null) {
            return;
        }
        CounterKey received = key(receivedAt);
        out.add(received, Metric.RECEIVED, 1);
        out.add(received, Metric.RECEIVED_ONLINE, "ONLINE".equals(channel) ? 1 : 0);
        out.add(received, Metric.SYNCED_TO_PORTAL, syncedAt != null ? 1 : 0);
        out.add(received, Metric.FEE_BEARING, feeBearing ? 1 : 0);
        out.add(received, Metric.PAID_ONLINE, feeBearing && paidOnline ? 1 : 0);
        out.add(received, Metric.COMPONENTS, components);
        out.add(received, Metric.COMPONENTS_DIGITISED, digitised);
        out.add(received, Metric.COMPONENTS_REUSED, reused);
        if (doneAt != null) {
            CounterKey done = key(doneAt);
            Timeliness t = doneTimeliness();
            out.add(done, switch (t) {
                case EARLY -> Metric.DONE_EARLY;
                case ON_TIME -> Metric.DONE_ON_TIME;
                case LATE -> Metric.DONE_LATE;
            }, 1);
            out.add(done, Metric.DONE_LATE_WITHOUT_APOLOGY, t == Timeliness.LATE && apologyAt == null ? 1 : 0);
            out.add(done, Metric.PROCESSING_MINUTES, processingMinutes(minutes));
            out.add(done, Metric.RESULTS_ELECTRONIC, electronicResult ? 1 : 0);
            out.add(done, Metric.REFUSED, doneState == CaseState.REFUSED ? 1 : 0);
        }
        if (closedState == CaseState.WITHDRAWN || closedState == CaseState.STOPPED) {
            out.add(key(closedAt), closedState == CaseState.WITHDRAWN ? Metric.WITHDRAWN : Metric.STOPPED, 1);
        }
        if (returnedAt != null) {
            CounterKey returned = key(returnedAt);
            out.add(returned, Metric.RETURNED, 1);
            if ("POSTAL".equals(returnChannel)) {
                out.add(returned, Metric.RETURNED_BY_POST, 1);
                out.add(returned, Metric.RETURNED_BY_POST_ON_TIME, dueAt == null || !returnedAt.isAfter(dueAt) ? 1 : 0);
            }
        }
        if (firstSupplementAt != null) {
            out.add(key(firstSupplementAt), Metric.SUPPLEMENT_REQUESTED, 1);
        }
        if (apologyAt != null) {
            out.add(key(apologyAt), Metric.APOLOGIES, 1);
        }
        if (rating != null) {
            out.add(key(ratedAt), Metric.ofRating(rating), 1);
        }
        OffsetDateTime finished = finishedAt();
        during(out, Metric.OPEN, receivedAt, finished);
        if (dueAt != null) {
            OffsetDateTime pastDue = later(dueAt, receivedAt);
            during(out, Metric.OPEN_PAST_DUE, pastDue, finished);
            if (apologyAt == null) {
                during(out, Metric.OPEN_PAST_DUE_WITHOUT_APOLOGY, pastDue, finished);
            }
        }
        if (pausedSince != null) {
            OffsetDateTime paused = later(pausedSince, receivedAt);
            during(out, Metric.OPEN_PAUSED, paused, finished);
            if (dueAt != null) {
                during(out, Metric.OPEN_PAUSED_PAST_DUE, later(paused, dueAt), finished);
            }
        }
    }

    /**
     * A stock: the dossier is in the state from {@code from} until {@code until} (null while it still is), so it adds 1
     * on the first day and takes it back on the last (the same row when both fall on one day: nothing at that day's end).
     */
    private void during(Counts out, Metric stock, OffsetDateTime from, OffsetDateTime until) {
        if (until != null && !until.isAfter(from)) {
            return;
        }
        out.add(key(from), stock, 1);
        if (until != null) {
            out.add(key(until), stock, -1);
        }
    }

    private static OffsetDateTime later(OffsetDateTime a, OffsetDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private CounterKey key(OffsetDateTime at) {
        // the postal clerk is kept for the quarterly evaluation of postal staff; a counter's officers are not ranked here
        String staff = "POSTAL".equals(channel) ? deskStaff : null;
        return new CounterKey(agencyCode, channel == null ? "" : channel, deskAgency, staff, day(at));
    }

    /** The day in Vietnam time on which something counts. */
    public static LocalDate day(OffsetDateTime at) {
        return at.withOffsetSameInstant(VietnamTime.OFFSET).toLocalDate();
    }

    public DossierFact copy() {
        try {
            return (DossierFact) clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }
}
