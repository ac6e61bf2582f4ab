package vn.motcua.processing.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.processing.apology.CaseApology;
import vn.motcua.processing.deadline.CaseClock;
import vn.motcua.platform.events.contract.DeadlineStage;
import vn.motcua.processing.workflow.CaseAction;

/** Builds {@link CaseView}s, with the deadline figures computed at the moment of the request. */
@ApplicationScoped
public class CaseViews {

    private final CaseClock clock;
    private final Clock time;
    private final vn.motcua.processing.deadline.StepPlan plans;

    public CaseViews(CaseClock clock, Clock time, vn.motcua.processing.deadline.StepPlan plans) {
        this.clock = clock;
        this.time = time;
        this.plans = plans;
    }

    public CaseView of(DossierCase c, boolean withLog) {
        return of(c, CaseApology.findById(c.id), withLog);
    }

    /** The view with the case's apology (or null) already at hand: a worklist page loads them in one query. */
    public CaseView of(DossierCase c, CaseApology a, boolean withLog) {
        OffsetDateTime now = OffsetDateTime.now(time);
        String status;
        if (c.state().paused()) {
            status = "PAUSED";
        } else if (c.state().clockRunning()) {
            status = clock.stageAt(c, now).name();
        } else {
            OffsetDateTime end = c.closedAt() != null ? c.closedAt() : now;
            status = end.isAfter(c.dueAt()) ? DeadlineStage.OVERDUE.name() : DeadlineStage.ON_TIME.name();
        }
        boolean attention = c.state().clockRunning() && "OVERDUE".equals(status) && a == null;
        var deadline = new CaseView.Deadline(status, clock.nearDueAt(c), clock.apologyDeadline(c), c.pausedAt() != null,
                c.pausedAt(), attention);
        var published = plans.step(c, c.state());
        var step = c.stepStartedAt() == null ? null : new CaseView.Step(c.state(),
                published.map(s -> s.name()).orElse(null), published.map(s -> s.unit()).orElse(null),
                published.map(s -> s.role()).orElse(null), c.stepStartedAt(), c.stepDueAt(),
                c.stepDueAt() == null ? null : (c.state().clockRunning() && now.isAfter(c.stepDueAt()) ? "OVERDUE" : "ON_TIME"));
        var partner = c.partnerAgency() == null ? null : new CaseView.Partner(c.partnerAgency(), c.partnerDueAt());
        var apology = a == null ? null : new CaseView.Apology(a.reason, a.previousDueAt, a.newDueAt, a.signerName,
                a.signerTitle, a.onBehalfOfHead, a.recordedAt);
        List<CaseView.LogRow> log = !withLog ? List.of()
                : CaseLogEntry.<CaseLogEntry>list("caseId = ?1 ORDER BY at, id", c.id).stream()
                        .map(l -> new CaseView.LogRow(l.at, l.actor, l.action, l.fromState, l.toState, l.comment,
                                l.stepDueAt, l.timeliness))
                        .toList();
        return new CaseView(c.dossierCode, c.agencyCode, c.procedureCode, c.procedureName, c.state(),
                c.state().nationalStatusCode(), c.ruleSet, c.applicantName, c.assignee(), c.receivedAt, c.countingStartsAt,
                c.originalDueAt, c.dueAt(), deadline, step, partner, apology, c.closedAt(), c.outcomeReason(),
                List.copyOf(CaseAction.from(c.state())),
                !withLog ? List.of() : CaseComponent.<CaseComponent>list("dossierCode = ?1 ORDER BY uploadedAt", c.dossierCode)
                        .stream().map(x -> new CaseView.Component(x.name, x.fileName, x.mediaType, x.sha256,
                                x.signatureState, x.signerName)).toList(),
                log);
    }
}
