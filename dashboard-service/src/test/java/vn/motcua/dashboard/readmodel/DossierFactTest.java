package vn.motcua.dashboard.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import vn.motcua.dashboard.ingest.CalendarMinutes;
import vn.motcua.dashboard.support.Dossier;
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.platform.events.contract.Channel;
import vn.motcua.platform.events.contract.DossierRated;

/** Golden cases for each counted fact, on hand-made event sequences (times in Vietnam time, March 2026 has no holiday). */
class DossierFactTest {

    static final WorkingMinutes MINUTES = new CalendarMinutes();

    /** A dossier received Monday 2 March 09:00, due Monday 16 March 17:00, assigned and examined. */
    static Dossier started() {
        return Dossier.of("SKHCN").accepted("2026-03-02T09:00", "2026-03-16T17:00")
                .step("ASSIGN", CaseState.ASSIGNED, "2026-03-02T10:00")
                .step("START", CaseState.IN_PROCESS, "2026-03-03T08:00");
    }

    @Test
    void a_result_before_the_due_day_is_early_and_counts_on_its_own_day() {
        Counts c = run(started().step("SIGN_RESULT", CaseState.RESULT_READY, "2026-03-10T10:00"), false);
        assertThat(totals(c)).containsEntry(Metric.RECEIVED, 1L).containsEntry(Metric.DONE_EARLY, 1L)
                .containsEntry(Metric.RESULTS_ELECTRONIC, 1L).containsEntry(Metric.RECEIVED_ONLINE, 1L)
                .doesNotContainKeys(Metric.DONE_ON_TIME, Metric.DONE_LATE);
        assertThat(onDay(c, "2026-03-02")).containsEntry(Metric.RECEIVED, 1L).doesNotContainKey(Metric.DONE_EARLY);
        assertThat(onDay(c, "2026-03-10")).containsEntry(Metric.DONE_EARLY, 1L).doesNotContainKey(Metric.RECEIVED);
    }

    @Test
    void a_result_on_the_due_day_before_the_due_time_is_on_time() {
        Counts c = run(started().step("SIGN_RESULT", CaseState.RESULT_READY, "2026-03-16T15:00"), false);
        assertThat(totals(c)).containsEntry(Metric.DONE_ON_TIME, 1L).doesNotContainKeys(Metric.DONE_EARLY, Metric.DONE_LATE);
    }

    @Test
    void a_result_after_the_due_time_is_late_and_without_an_apology_it_says_so() {
        Counts c = run(started().step("SIGN_RESULT", CaseState.RESULT_READY, "2026-03-17T09:00"), false);
        assertThat(totals(c)).containsEntry(Metric.DONE_LATE, 1L).containsEntry(Metric.DONE_LATE_WITHOUT_APOLOGY, 1L);
    }

    @Test
    void an_apology_new_date_does_not_make_a_late_dossier_on_time() {
        Counts c = run(started().apology("2026-03-13T09:00", "2026-03-20T17:00")
                .step("SIGN_RESULT", CaseState.RESULT_READY, "2026-03-18T09:00"), false);
        assertThat(totals(c)).containsEntry(Metric.DONE_LATE, 1L).containsEntry(Metric.APOLOGIES, 1L)
                .doesNotContainKeys(Metric.DONE_LATE_WITHOUT_APOLOGY, Metric.DONE_ON_TIME);
        assertThat(onDay(c, "2026-03-13")).containsEntry(Metric.APOLOGIES, 1L);
    }

    @Test
    void a_pause_moves_the_due_date_and_is_left_out_of_the_processing_time() {
        // asked Thursday 5 March 09:00, brought Monday 9 March 09:00: 960 working minutes paused, due moved to 18 March
        Dossier d = started().step("REQUEST_SUPPLEMENT", CaseState.SUPPLEMENT_REQUESTED, "2026-03-05T09:00")
                .step("RECEIVE_SUPPLEMENT", CaseState.IN_PROCESS, "2026-03-09T09:00", "2026-03-18T17:00")
                .step("SIGN_RESULT", CaseState.RESULT_READY, "2026-03-18T10:00");
        Counts c = run(d, false);
        // 2 March 09:00 to 18 March 10:00 is 360 + 11 × 480 + 180 = 5,820 working minutes, less 960 paused
        assertThat(totals(c)).containsEntry(Metric.DONE_ON_TIME, 1L).containsEntry(Metric.PROCESSING_MINUTES, 4_860L)
                .containsEntry(Metric.SUPPLEMENT_REQUESTED, 1L);
        assertThat(onDay(c, "2026-03-05")).containsEntry(Metric.SUPPLEMENT_REQUESTED, 1L);
    }

    @Test
    void a_dossier_the_portal_has_counts_as_synced_on_its_day_of_receipt_whenever_the_report_comes() {
        Dossier d = started().synced("2026-03-02T09:05");
        List<Dossier.Event> portalFirst = new ArrayList<>(d.portal());
        portalFirst.addAll(d.intake());
        portalFirst.addAll(d.processing());
        Counts c = contribution(d.code, portalFirst);
        assertThat(onDay(c, "2026-03-02")).containsEntry(Metric.SYNCED_TO_PORTAL, 1L).containsEntry(Metric.RECEIVED, 1L);
        assertThat(totals(run(started(), false))).doesNotContainKey(Metric.SYNCED_TO_PORTAL);
    }

    @Test
    void a_fee_paid_during_processing_makes_the_dossier_fee_bearing_and_only_a_gateway_payment_counts_as_online() {
        Dossier online = started().paid(vn.motcua.platform.events.contract.PaymentChannel.ONLINE, "2026-03-04T10:00");
        assertThat(onDay(run(online, false), "2026-03-02")).containsEntry(Metric.FEE_BEARING, 1L).containsEntry(Metric.PAID_ONLINE, 1L);
        assertThat(onDay(run(online, true), "2026-03-02")).as("payment read before the acceptance")
                .containsEntry(Metric.FEE_BEARING, 1L).containsEntry(Metric.PAID_ONLINE, 1L);
        Dossier cash = started().paid(vn.motcua.platform.events.contract.PaymentChannel.POSTAL_CASH, "2026-03-04T10:00");
        assertThat(totals(run(cash, true))).containsEntry(Metric.FEE_BEARING, 1L).doesNotContainKey(Metric.PAID_ONLINE);
        assertThat(totals(run(started(), false))).doesNotContainKeys(Metric.FEE_BEARING, Metric.PAID_ONLINE);
    }

    @Test
    void a_second_supplement_request_counts_the_dossier_once() {
        Dossier d = started().step("REQUEST_SUPPLEMENT", CaseState.SUPPLEMENT_REQUESTED, "2026-03-05T09:00")
                .step("RECEIVE_SUPPLEMENT", CaseState.IN_PROCESS, "2026-03-06T09:00", "2026-03-17T17:00")
                .step("REQUEST_SUPPLEMENT", CaseState.SUPPLEMENT_REQUESTED, "2026-03-09T09:00");
        assertThat(totals(run(d, false))).containsEntry(Metric.SUPPLEMENT_REQUESTED, 1L);
    }

    @Test
    void a_refusal_during_processing_is_done_and_counted_as_refused() {
        Counts c = run(started().step("REFUSE", CaseState.REFUSED, "2026-03-06T10:00"), false);
        assertThat(totals(c)).containsEntry(Metric.REFUSED, 1L).containsEntry(Metric.DONE_EARLY, 1L)
                .doesNotContainKeys(Metric.RESULTS_ELECTRONIC, Metric.WITHDRAWN);
    }

    @Test
    void a_withdrawal_ends_the_dossier_without_a_result() {
        Counts c = run(started().step("WITHDRAW", CaseState.WITHDRAWN, "2026-03-04T10:00"), false);
        assertThat(totals(c)).containsEntry(Metric.WITHDRAWN, 1L).containsEntry(Metric.RECEIVED, 1L)
                .doesNotContainKeys(Metric.DONE_EARLY, Metric.DONE_ON_TIME, Metric.DONE_LATE);
    }

    @Test
    void a_dossier_crossing_a_month_counts_its_receipt_in_one_and_its_result_in_the_other() {
        Dossier d = Dossier.of("SKHCN").accepted("2026-03-31T16:00", "2026-04-14T17:00")
                .step("ASSIGN", CaseState.ASSIGNED, "2026-03-31T16:30")
                .step("SIGN_RESULT", CaseState.RESULT_READY, "2026-04-02T09:00");
        Counts c = run(d, false);
        assertThat(onDay(c, "2026-03-31")).containsEntry(Metric.RECEIVED, 1L).doesNotContainKey(Metric.DONE_EARLY);
        assertThat(onDay(c, "2026-04-02")).containsEntry(Metric.DONE_EARLY, 1L).doesNotContainKey(Metric.RECEIVED);
    }

    @Test
    void a_postal_dossier_counts_at_its_point_with_its_clerk_and_its_return_by_post() {
        Dossier d = Dossier.of("SKHCN").channel(Channel.POSTAL).desk("BDTP-XA01", "postal7").returnedBy("POSTAL").fee(50_000)
                .components(4, 3, 1).accepted("2026-03-02T09:00", "2026-03-16T17:00")
                .step("ASSIGN", CaseState.ASSIGNED, "2026-03-03T09:00")
                .step("SIGN_RESULT", CaseState.RESULT_READY, "2026-03-12T09:00")
                .step("RETURN_RESULT", CaseState.RETURNED, "2026-03-13T09:00")
                .rated("SATISFIED", "2026-03-14T09:00");
        Counts c = run(d, false);
        CounterKey atPoint = new CounterKey("SKHCN", "POSTAL", "BDTP-XA01", "postal7", LocalDate.parse("2026-03-02"));
        assertThat(c.get(atPoint, Metric.RECEIVED)).isEqualTo(1);
        assertThat(totals(c)).containsEntry(Metric.RETURNED_BY_POST, 1L).containsEntry(Metric.RETURNED_BY_POST_ON_TIME, 1L)
                .containsEntry(Metric.FEE_BEARING, 1L).containsEntry(Metric.COMPONENTS, 4L)
                .containsEntry(Metric.COMPONENTS_DIGITISED, 3L).containsEntry(Metric.COMPONENTS_REUSED, 1L)
                .containsEntry(Metric.RATED_SATISFIED, 1L).doesNotContainKey(Metric.RECEIVED_ONLINE);
        assertThat(onDay(c, "2026-03-14")).containsEntry(Metric.RATED_SATISFIED, 1L);
    }

    @Test
    void nothing_counts_until_the_acceptance_is_known() {
        Dossier d = started().step("SIGN_RESULT", CaseState.RESULT_READY, "2026-03-10T10:00");
        DossierFact f = new DossierFact(d.code);
        d.processing().forEach(e -> Projection.apply(f, e.data(), MINUTES));
        Counts c = new Counts();
        f.contribute(c, MINUTES);
        assertThat(c.isEmpty()).isTrue();
    }

    @Test
    void a_rating_the_indicator_has_no_place_for_is_refused() {
        DossierFact f = new DossierFact("X");
        assertThatThrownBy(() -> Projection.apply(f, new DossierRated("X", "SKHCN", "P", "SO_SO", null, Dossier.t("2026-03-02T09:00")), MINUTES))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_stocks_at_a_day_end_say_what_was_in_progress_and_past_due() {
        // received 2 March, due 16 March 17:00, done 18 March: in progress at the end of 2 to 17 March, past due on 16 and 17
        Counts c = run(started().step("SIGN_RESULT", CaseState.RESULT_READY, "2026-03-18T09:00"), false);
        assertThat(stockAt(c, "2026-03-01")).isEmpty();
        assertThat(stockAt(c, "2026-03-02")).containsEntry(Metric.OPEN, 1L).doesNotContainKey(Metric.OPEN_PAST_DUE);
        assertThat(stockAt(c, "2026-03-15")).containsEntry(Metric.OPEN, 1L).doesNotContainKey(Metric.OPEN_PAST_DUE);
        assertThat(stockAt(c, "2026-03-16")).containsEntry(Metric.OPEN, 1L).containsEntry(Metric.OPEN_PAST_DUE, 1L)
                .containsEntry(Metric.OPEN_PAST_DUE_WITHOUT_APOLOGY, 1L).doesNotContainKey(Metric.OPEN_PAUSED);
        assertThat(stockAt(c, "2026-03-17")).containsEntry(Metric.OPEN_PAST_DUE, 1L);
        assertThat(stockAt(c, "2026-03-18")).isEmpty();
        assertThat(stockAt(c, "2026-12-31")).isEmpty();
    }

    @Test
    void a_dossier_paused_now_is_paused_from_its_pause_and_an_apology_takes_it_out_of_the_unapologised() {
        // the apology moves the due time to 20 March; asked for a supplement on 23 March and not back yet
        Counts c = run(started().apology("2026-03-13T09:00", "2026-03-20T17:00")
                .step("REQUEST_SUPPLEMENT", CaseState.SUPPLEMENT_REQUESTED, "2026-03-23T09:00"), false);
        assertThat(stockAt(c, "2026-03-19")).containsEntry(Metric.OPEN, 1L).doesNotContainKey(Metric.OPEN_PAST_DUE);
        assertThat(stockAt(c, "2026-03-20")).containsEntry(Metric.OPEN_PAST_DUE, 1L)
                .doesNotContainKeys(Metric.OPEN_PAST_DUE_WITHOUT_APOLOGY, Metric.OPEN_PAUSED);
        assertThat(stockAt(c, "2026-03-23")).containsEntry(Metric.OPEN, 1L).containsEntry(Metric.OPEN_PAUSED, 1L)
                .containsEntry(Metric.OPEN_PAUSED_PAST_DUE, 1L);
        assertThat(stockAt(c, "2027-01-01")).containsEntry(Metric.OPEN, 1L).containsEntry(Metric.OPEN_PAUSED, 1L);
    }

    @Test
    void a_postal_dossier_has_a_hand_over_once_the_agency_took_it_up_and_others_none() {
        Dossier postal = Dossier.of("SKHCN").channel(Channel.POSTAL).desk("BDTP-XA01", "postal7").accepted("2026-03-02T09:00", "2026-03-16T17:00");
        assertThat(fact(postal).handOver()).isEmpty();
        postal.step("ASSIGN", CaseState.ASSIGNED, "2026-03-02T15:30");
        assertThat(fact(postal).handOver()).hasValue(new HandOver(postal.code, "BDTP-XA01", "postal7", "SKHCN", LocalDate.parse("2026-03-02"), 6 * 3600 + 1800));
        assertThat(fact(started()).handOver()).isEmpty();
    }

    static DossierFact fact(Dossier d) {
        DossierFact f = new DossierFact(d.code);
        d.intake().forEach(e -> Projection.apply(f, e.data(), MINUTES));
        d.processing().forEach(e -> Projection.apply(f, e.data(), MINUTES));
        return f;
    }

    /** The stocks at the end of {@code day}: every stock increment up to it. */
    static Map<Metric, Long> stockAt(Counts c, String day) {
        Counts upTo = new Counts();
        c.nonZero().forEach((k, v) -> {
            if (!k.day().isAfter(LocalDate.parse(day))) {
                for (Metric m : Metric.values()) {
                    if (m.stock()) {
                        upTo.add(k, m, v[m.ordinal()]);
                    }
                }
            }
        });
        Map<Metric, Long> out = totals(upTo);
        out.values().removeIf(n -> n == 0); // entered and left again by then
        return out;
    }

    /** The two topics are read independently: any interleaving of intake's and processing's events counts the same. */
    @Property(tries = 200)
    void any_interleaving_of_the_two_topics_counts_the_same(@ForAll long seed) {
        Dossier d = Dossier.of("SKHCN").channel(Channel.POSTAL).desk("BDTP", "postal1").returnedBy("POSTAL")
                .accepted("2026-03-02T09:00", "2026-03-16T17:00")
                .step("ASSIGN", CaseState.ASSIGNED, "2026-03-02T10:00")
                .step("REQUEST_SUPPLEMENT", CaseState.SUPPLEMENT_REQUESTED, "2026-03-05T09:00")
                .step("RECEIVE_SUPPLEMENT", CaseState.IN_PROCESS, "2026-03-09T09:00", "2026-03-18T17:00")
                .apology("2026-03-17T09:00", "2026-03-24T17:00")
                .step("SIGN_RESULT", CaseState.RESULT_READY, "2026-03-19T10:00")
                .step("RETURN_RESULT", CaseState.RETURNED, "2026-03-20T10:00")
                .rated("DISSATISFIED", "2026-03-21T10:00");
        Counts expected = run(d, false);
        Random random = new Random(seed);
        List<Dossier.Event> a = new ArrayList<>(d.intake());
        List<Dossier.Event> b = new ArrayList<>(d.processing());
        List<Dossier.Event> merged = new ArrayList<>();
        while (!a.isEmpty() || !b.isEmpty()) {
            merged.add(b.isEmpty() || (!a.isEmpty() && random.nextBoolean()) ? a.removeFirst() : b.removeFirst());
        }
        assertThat(totalsByKey(contribution(d.code, merged))).isEqualTo(totalsByKey(expected));
        assertThat(totals(expected)).containsEntry(Metric.DONE_LATE, 1L).containsEntry(Metric.RATED_DISSATISFIED, 1L);
    }

    static Counts run(Dossier d, boolean processingFirst) {
        List<Dossier.Event> events = new ArrayList<>(processingFirst ? d.processing() : d.intake());
        events.addAll(processingFirst ? d.intake() : d.processing());
        return contribution(d.code, events);
    }

    static Counts contribution(String code, List<Dossier.Event> events) {
        DossierFact f = new DossierFact(code);
        events.forEach(e -> Projection.apply(f, e.data(), MINUTES));
        Counts c = new Counts();
        f.contribute(c, MINUTES);
        return c;
    }

    static Map<Metric, Long> totals(Counts c) {
        Map<Metric, Long> out = new EnumMap<>(Metric.class);
        c.nonZero().values().forEach(v -> {
            for (Metric m : Metric.values()) {
                if (v[m.ordinal()] != 0) {
                    out.merge(m, v[m.ordinal()], Long::sum);
                }
            }
        });
        return out;
    }

    static Map<Metric, Long> onDay(Counts c, String day) {
        Counts only = new Counts();
        c.nonZero().forEach((k, v) -> {
            if (k.day().equals(LocalDate.parse(day))) {
                for (Metric m : Metric.values()) {
                    only.add(k, m, v[m.ordinal()]);
                }
            }
        });
        return totals(only);
    }

    static Map<CounterKey, List<Long>> totalsByKey(Counts c) {
        Map<CounterKey, List<Long>> out = new java.util.TreeMap<>();
        c.nonZero().forEach((k, v) -> out.put(k, java.util.Arrays.stream(v).boxed().toList()));
        return out;
    }
}
