package vn.motcua.processing.casefile;

import java.time.OffsetDateTime;
import java.util.List;

/** A case with its control-sheet rows. */
public record CaseView(
        String dossierCode,
        String agencyCode,
        String procedureCode,
        String procedureName,
        String state,
        int nationalStatusCode,
        String ruleSet,
        String applicantName,
        OffsetDateTime receivedAt,
        OffsetDateTime countingStartsAt,
        OffsetDateTime dueAt,
        List<LogRow> log) {

    public record LogRow(OffsetDateTime at, String actor, String action, String fromState, String toState, String comment) {
    }

    static CaseView of(DossierCase c, List<CaseLogEntry> log) {
        return new CaseView(c.dossierCode, c.agencyCode, c.procedureCode, c.procedureName, c.state.name(),
                c.state.nationalStatusCode(), c.ruleSet, c.applicantName, c.receivedAt, c.countingStartsAt, c.dueAt,
                log.stream().map(l -> new LogRow(l.at, l.actor, l.action, l.fromState, l.toState, l.comment)).toList());
    }
}
