package vn.motcua.processing.casefile;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.motcua.calendar.VietnamTime;
import vn.motcua.platform.events.contract.CaseState;
import vn.motcua.platform.events.contract.Channel;
import vn.motcua.platform.paging.Cursor;

/**
 * An agency's worklist (danh sách hồ sơ cần xử lý), as keyset pages ordered by due time then id: the cases of the
 * agency and those transferred to it for its part (liên thông), each half read along its own index and merged, so a
 * page costs the same at case 20 and case 600,000, and a filter that matches nothing is answered from an index too.
 *
 * <p>The state predicates are written out as literals from the contract's enum, in the enum's order, exactly as the
 * partial indexes of migration V8 declare them: a bound parameter would hide them from the planner.
 */
@ApplicationScoped
public class Worklist {

    /** A dossier code as intake gives it: unit code, yyMMdd, sequence (e.g. 000.00.31.H56-261202-0001). */
    private static final Pattern CODE_SHAPE = Pattern.compile("[0-9A-Za-z.]+-\\d{6}-\\d{4,}");
    /** A Vietnamese phone number as an officer types it: 0912 345 678, +84 912345678, 84912345678. */
    private static final Pattern PHONE_SHAPE = Pattern.compile("\\+?[0-9][0-9 .\\-]{7,18}");

    static final String OPEN = "c.state NOT IN " + literals(CaseState.CLOSED);
    static final String RUNNING = "c.state IN " + literals(CaseState.CLOCK_RUNNING);

    /**
     * What an officer asks of the worklist; every part optional.
     *
     * @param state         one state; without it, the open cases (closed ones are reached by naming their state)
     * @param attention     near due or overdue while the clock runs ({@code overdueOnly}: overdue only)
     * @param needsApology  overdue, running, and no apology recorded yet: the leader's list
     * @param receivedFrom  first day of receipt (Vietnam date), inclusive; {@code receivedTo} last day, inclusive
     * @param search        a dossier code, a phone number, or words of the applicant's name (accents optional)
     */
    public record Filter(String agency, String assignee, CaseState state, boolean attention, boolean overdueOnly,
                         boolean needsApology, Channel channel, LocalDate receivedFrom, LocalDate receivedTo,
                         Search search) {
    }

    /** The next {@code limit + 1} cases after the cursor (the extra one only says there is a next page). */
    public List<DossierCase> page(Filter f, Cursor after, int limit) {
        return page(f, after, limit, strategy(f));
    }

    @SuppressWarnings("unchecked")
    private List<DossierCase> page(Filter f, Cursor after, int limit, Strategy how) {
        Map<String, Object> params = new HashMap<>();
        String where = conditions(f, after, params, how == Strategy.SORT_NAMED);
        // each half ordered and cut on its own index; a case transferred to its own agency is refused, the <> keeps
        // one row per case should it ever happen
        // the named cases carry the columns the conditions read: filtered and sorted without going back to the table
        String from = how == Strategy.SORT_NAMED ? "FROM named c" : "FROM dossier_case c";
        String own = from + " WHERE c.agency_code = :agency" + where;
        String partner = from + " WHERE c.partner_agency = :agency AND c.agency_code <> :agency" + where;
        String sql;
        boolean receiptWindow = f.receivedFrom() != null || f.receivedTo() != null;
        if (how == Strategy.WALK && !receiptWindow) {
            sql = "SELECT * FROM ((SELECT c.* " + own + " ORDER BY c.due_at, c.id LIMIT :n)"
                    + " UNION ALL (SELECT c.* " + partner + " ORDER BY c.due_at, c.id LIMIT :n)"
                    + ") w ORDER BY w.due_at, w.id LIMIT :n";
        } else {
            // the keys of the page first (from the index alone where it holds them: a receipt window walked in due
            // order finds the receipt time in the open worklist's index), the rows of those keys after
            String order = how == Strategy.WALK ? "c.due_at, c.id" : SORTED;
            String keys = "(SELECT c.id, c.due_at " + own + " ORDER BY " + order + " LIMIT :n)"
                    + " UNION ALL (SELECT c.id, c.due_at " + partner + " ORDER BY " + order + " LIMIT :n)";
            // the name's cases read once from the words' index, at most FEW + 1 of them: should the planner's estimate
            // have been wrong and there are more, the guard answers nothing and the page is walked instead
            String named = how == Strategy.SORT_NAMED
                    ? "WITH named AS MATERIALIZED (SELECT " + FILTERED_COLUMNS + " FROM dossier_case WHERE applicant_words @> "
                            + words(f.search().text()) + " LIMIT " + (FEW + 1) + ") "
                    : "";
            String guard = how == Strategy.SORT_NAMED ? " WHERE (SELECT count(*) FROM named) <= " + FEW : "";
            sql = named + "SELECT c.* FROM dossier_case c JOIN (" + keys + ") k ON k.id = c.id" + guard
                    + " ORDER BY c.due_at, c.id LIMIT :n";
        }
        Query q = Panache.getEntityManager().createNativeQuery(sql, DossierCase.class);
        // a page is only read: no snapshot of each row is kept for a dirty check that could find nothing
        q.setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true);
        q.setParameter("agency", f.agency());
        q.setParameter("n", limit + 1);
        params.forEach(q::setParameter);
        List<DossierCase> rows = q.getResultList();
        if (rows.isEmpty() && how == Strategy.SORT_NAMED && matchesMoreThanFew(f.search().text())) {
            return page(f, after, limit, Strategy.WALK); // the estimate was too low: the guard answered nothing
        }
        return rows;
    }

    /**
     * How a page is read. Walking the agency's cases in due order and keeping those that match is best when matches
     * are common (the page fills after a few hundred rows) and worst when they are rare: for a filter the planner
     * cannot estimate (a word it has never seen) that walk read 600,000 rows in 1.2 s. When the matches are known to
     * be few, they are collected from the index that finds them and sorted.
     */
    enum Strategy {
        /** Walk in due order along the (partial) index of the filter. */
        WALK,
        /** Collect the cases received in a short window (the receipt index holds their due time) and sort them. */
        SORT_RECEIVED,
        /**
         * Collect the cases with the name's words first, alone, then look each up: planned together with the agency,
         * PostgreSQL AND-ed the words' bitmap with the agency's 500,000 rows (40 ms for a rare name).
         */
        SORT_NAMED
    }

    /**
     * What {@link #conditions} reads of a case, and all a named case brings along: the heap row the words' index
     * pointed to is read once, there (looking each up again by id, for the own and the partner half, cost 27 ms of a
     * 48 ms page for a 1,300-case name).
     */
    private static final String FILTERED_COLUMNS =
            "id, agency_code, partner_agency, state, deadline_stage, assignee, channel, received_at, due_at";

    /** The same order written so that no index can give it, for the collected matches to be sorted. */
    private static final String SORTED = "c.due_at + interval '0 seconds', c.id";
    /** Up to this many cases with a name's words anywhere, collecting and sorting them beats walking in due order. */
    static final int FEW = 5000;
    /** A receipt window up to a month holds few enough cases of even the largest agency to sort. */
    static final int SHORT_WINDOW_DAYS = 31;

    private static Strategy strategy(Filter f) {
        if (f.search() != null && f.search().kind() == Search.Kind.NAME
                && estimatedMatches(f.search().text()) <= FEW) {
            return Strategy.SORT_NAMED;
        }
        if (f.receivedFrom() != null && f.receivedTo() != null
                && !f.receivedTo().isAfter(f.receivedFrom().plusDays(SHORT_WINDOW_DAYS))) {
            return Strategy.SORT_RECEIVED;
        }
        return Strategy.WALK;
    }

    /**
     * How many cases the planner expects to have all of a name's words, from the column's element statistics: a
     * planning, no scan (counting them from the index visited a heap page per match, 10–20 ms for a 1,300-case name,
     * and the page then read them all again). Words it has no statistics for count as rare.
     */
    private static long estimatedMatches(String name) {
        String plan = String.valueOf(Panache.getEntityManager().createNativeQuery(
                "EXPLAIN (FORMAT JSON) SELECT 1 FROM dossier_case WHERE applicant_words @> " + words(name)).getSingleResult());
        Matcher rows = PLAN_ROWS.matcher(plan);
        return rows.find() ? Long.parseLong(rows.group(1)) : Long.MAX_VALUE;
    }

    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*(\\d+)");

    /** Whether more than FEW cases have the name's words: asked only when a sorted page came back empty. */
    private static boolean matchesMoreThanFew(String name) {
        Number found = (Number) Panache.getEntityManager().createNativeQuery(
                "SELECT count(*) FROM (SELECT 1 FROM dossier_case WHERE applicant_words @> " + words(name)
                        + " LIMIT " + (FEW + 1) + ") x").getSingleResult();
        return found.intValue() > FEW;
    }

    /** The cursor after a case of a page. */
    public static String cursorOf(DossierCase c) {
        return Cursor.after(c.dueAt(), c.id);
    }

    private static String conditions(Filter f, Cursor after, Map<String, Object> p, boolean namedFirst) {
        StringBuilder w = new StringBuilder();
        if (f.state() != null) {
            // a literal too: the (agency, state, due) index is then read for one value
            w.append(" AND c.state = '").append(f.state().name()).append('\'');
        } else {
            w.append(" AND ").append(OPEN);
        }
        if (f.attention() || f.needsApology()) {
            w.append(" AND c.deadline_stage <> 'ON_TIME' AND ").append(RUNNING);
            if (f.overdueOnly() || f.needsApology()) {
                w.append(" AND c.deadline_stage = 'OVERDUE'");
            }
        }
        if (f.needsApology()) {
            w.append(" AND NOT EXISTS (SELECT 1 FROM case_apology a WHERE a.case_id = c.id)");
        }
        if (f.assignee() != null) {
            w.append(" AND c.assignee = :assignee");
            p.put("assignee", f.assignee());
        }
        if (f.channel() != null) {
            w.append(" AND c.channel = :channel");
            p.put("channel", f.channel().name());
        }
        if (f.receivedFrom() != null) {
            // a case falls due after its receipt: the second condition lets the due-order walk start at the window
            w.append(" AND c.received_at >= :receivedFrom AND c.due_at >= :receivedFrom");
            p.put("receivedFrom", f.receivedFrom().atStartOfDay().atOffset(VietnamTime.OFFSET));
        }
        if (f.receivedTo() != null) {
            w.append(" AND c.received_at < :receivedTo");
            p.put("receivedTo", f.receivedTo().plusDays(1).atStartOfDay().atOffset(VietnamTime.OFFSET));
        }
        if (f.search() != null) {
            search(f.search(), w, p, namedFirst);
        }
        if (after != null) {
            w.append(" AND (c.due_at, c.id) > (:afterDue, :afterId)");
            p.put("afterDue", after.time(0));
            p.put("afterId", after.uuid(1));
        }
        return w.toString();
    }

    /** What a search text is, told by its shape: a dossier code, a phone number, or words of the applicant's name. */
    public record Search(Kind kind, String text) {
        public enum Kind { DOSSIER_CODE, PHONE, NAME }

        /** The text as typed, NFC-normalised and trimmed, and what it is. */
        public static Search of(String typed) {
            String s = java.text.Normalizer.normalize(typed.strip(), java.text.Normalizer.Form.NFC);
            return new Search(CODE_SHAPE.matcher(s).matches() ? Kind.DOSSIER_CODE
                    : PHONE_SHAPE.matcher(s).matches() ? Kind.PHONE : Kind.NAME, s);
        }
    }

    private static void search(Search s, StringBuilder w, Map<String, Object> p, boolean namedFirst) {
        switch (s.kind()) {
            case DOSSIER_CODE -> {
                w.append(" AND c.dossier_code = :code");
                p.put("code", s.text().toUpperCase(Locale.ROOT));
            }
            case PHONE -> {
                w.append(" AND c.applicant_phone IN (:phones)");
                p.put("phones", phoneForms(s.text()));
            }
            case NAME -> {
                if (!namedFirst) { // else the rows come from the named cases already
                    w.append(" AND c.applicant_words @> ").append(words(s.text()));
                }
            }
        }
    }

    /**
     * The words of a name as the stored ones are made (folded by the same SQL function, split on spaces): every word
     * asked for must be one of the name's, in any order. A literal, not a parameter: the planner folds it to a
     * constant and can weigh the words against the column's statistics.
     */
    private static String words(String name) { // name: a Search's text, already normalised
        return "string_to_array(motcua_fold(" + sqlLiteral(name) + "), ' ')";
    }

    /**
     * A SQL string literal of text the officer typed: with standard_conforming_strings (PostgreSQL's default since
     * 9.1, and required by the driver) only the quote needs doubling; control characters never reach here (the
     * platform refuses them in every parameter).
     */
    static String sqlLiteral(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** The two ways a number is stored (0912345678 and +84912345678). */
    static List<String> phoneForms(String typed) {
        String digits = typed.replaceAll("[^0-9]", "");
        String national = digits.startsWith("84") && digits.length() >= 11 ? digits.substring(2)
                : digits.startsWith("0") ? digits.substring(1) : digits;
        return List.of("0" + national, "+84" + national);
    }

    private static String literals(Set<CaseState> states) {
        return states.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    /** The apologies recorded for the cases of a page, in one query. */
    public static Map<UUID, vn.motcua.processing.apology.CaseApology> apologiesOf(Collection<DossierCase> cases) {
        if (cases.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = cases.stream().map(c -> c.id).toList();
        return vn.motcua.processing.apology.CaseApology.<vn.motcua.processing.apology.CaseApology>find("caseId IN ?1", ids)
                .withHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
                .stream().collect(Collectors.toMap(a -> a.caseId, a -> a));
    }
}
