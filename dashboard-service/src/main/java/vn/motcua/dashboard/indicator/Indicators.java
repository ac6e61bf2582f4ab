package vn.motcua.dashboard.indicator;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The indicator table of a unit (or the province) for a period. Counts by day of the event (received on the day
 * of receipt, done on the day of the result, ratings on the day rated); {@code inProgress} and {@code paused} are the
 * dossiers in progress at {@code asOf} (the period's end, or now for a period not yet over).
 */
public record Indicators(
        List<String> agencies,
        LocalDate from,
        LocalDate to,
        OffsetDateTime asOf,
        Received received,
        Done done,
        InProgress inProgress,
        InProgress paused,
        Closed closedWithoutResult,
        Rate portalSynced,
        Rate onTimeRate,
        Average averageProcessingDays,
        Rate onlineShare,
        Rate paidOnline,
        Rate digitisedComponents,
        Rate reusedData,
        Rate electronicResults,
        Satisfaction satisfaction,
        Apologies apologies,
        Score score) {

    /** Received (tiếp nhận), total and by channel: COUNTER, ONLINE, POSTAL, HOME_APPOINTMENT. */
    public record Received(long total, Map<String, Long> byChannel) {
    }

    /** Done (đã giải quyết: result signed, or refused with a reason): early, on time, late; refused among them. */
    public record Done(long total, long early, long onTime, long late, long refused, String formula) {
    }

    /** In progress at {@code asOf}: within the deadline and past it (đang giải quyết trong hạn / quá hạn). */
    public record InProgress(long total, long withinDeadline, long pastDeadline) {
    }

    /** Ended without a result: withdrawn by the applicant, stopped at their request. */
    public record Closed(long withdrawn, long stopped) {
    }

    /** An average with its parts: {@code value} = total ÷ count. */
    public record Average(double total, long count, Double value, String formula) {
    }

    /** Satisfaction (mức độ hài lòng): the four answers, and the rate of very satisfied or satisfied. */
    public record Satisfaction(long rated, Map<String, Long> distribution, Rate satisfiedRate) {
    }

    /** Apologies issued (văn bản xin lỗi), and late dossiers without one: done late, and overdue now. */
    public record Apologies(long issued, long doneLateWithoutApology, long overdueWithoutApology) {
    }

    /** The points earned of those the events can measure (Decision 766 has 100 in all; the rest need other sources). */
    public record Score(double earned, double available, List<CriterionScore> criteria) {
    }

    /** One criterion: its rate, target, points and what it earned. */
    public record CriterionScore(Criterion criterion, String group, Double rate, double target, double points,
                                 double earned, String formula) {
    }
}
