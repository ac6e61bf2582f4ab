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
    private static final Pattern DOSSIER_CODE = Pattern.compile("[0-9A-Za-z.]+-\\d{6}-\\d{4,}");
    /** A Vietnamese phone number as an officer types it: 0912 345 678, +84 912345678, 84912345678. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .\\-]{7,18}");

    static final String OPEN = "c.state NOT IN " + literals(CaseState.CLOSED);
    static final String RUNNING = "c.state IN " + literals(CaseState.CLOCK_RUNNING);

    /**
     * What an officer asks of the worklist; every part optional.
     *
     * @param state         one state; without it, the open cases (closed ones are reached by naming their state)
     * @param attention     near due or overdue while the clock runs ({@code overdueOnly}: overdue only)
     * @param needsApology  overdue, running, and no apology recorded yet: the leader's list
     * @param receivedFrom  first day of receipt (Vietnam date), inclusive; {@code receivedTo} last day, inclusive
     * @param search        a dossier code, a phone number, or part of the applicant's name (accents optional)
     */
    public record Filter(String agency, String assignee, CaseState state, boolean attention, boolean overdueOnly,
                         boolean needsApology, Channel channel, LocalDate receivedFrom, LocalDate receivedTo,
                         String search) {
    }

    /** The next {@code limit + 1} cases after the cursor (the extra one only says there is a next page). */
    @SuppressWarnings("unchecked")
    public List<DossierCase> page(Filter f, Cursor after, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = conditions(f, after, params);
        // each half ordered and cut on its own index; a case transferred to its own agency is refused, the <> keeps
        // one row per case should it ever happen
        String sql = "SELECT * FROM ("
                + "(SELECT c.* FROM dossier_case c WHERE c.agency_code = :agency" + where
                + " ORDER BY c.due_at, c.id LIMIT :n)"
                + " UNION ALL "
                + "(SELECT c.* FROM dossier_case c WHERE c.partner_agency = :agency AND c.agency_code <> :agency" + where
                + " ORDER BY c.due_at, c.id LIMIT :n)"
                + ") w ORDER BY w.due_at, w.id LIMIT :n";
        Query q = Panache.getEntityManager().createNativeQuery(sql, DossierCase.class);
        q.setParameter("agency", f.agency());
        q.setParameter("n", limit + 1);
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    /** The cursor after a case of a page. */
    public static String cursorOf(DossierCase c) {
        return Cursor.after(c.dueAt, c.id);
    }

    private static String conditions(Filter f, Cursor after, Map<String, Object> p) {
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
            w.append(" AND c.received_at >= :receivedFrom");
            p.put("receivedFrom", f.receivedFrom().atStartOfDay().atOffset(VietnamTime.OFFSET));
        }
        if (f.receivedTo() != null) {
            w.append(" AND c.received_at < :receivedTo");
            p.put("receivedTo", f.receivedTo().plusDays(1).atStartOfDay().atOffset(VietnamTime.OFFSET));
        }
        if (f.search() != null) {
            search(f.search(), w, p);
        }
        if (after != null) {
            w.append(" AND (c.due_at, c.id) > (:afterDue, :afterId)");
            p.put("afterDue", after.time(0));
            p.put("afterId", after.uuid(1));
        }
        return w.toString();
    }

    /** A dossier code, a phone number, or a part of the applicant's name, told apart by their shape. */
    private static void search(String text, StringBuilder w, Map<String, Object> p) {
        String s = java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFC);
        if (DOSSIER_CODE.matcher(s).matches()) {
            w.append(" AND c.dossier_code = :code");
            p.put("code", s.toUpperCase(Locale.ROOT));
        } else if (PHONE.matcher(s).matches()) {
            w.append(" AND c.applicant_phone IN (:phones)");
            p.put("phones", phoneForms(s));
        } else {
            // folded by the same SQL function that fills applicant_search; ! escapes the officer's own % and _
            w.append(" AND c.applicant_search LIKE ('%' || motcua_fold(:name) || '%') ESCAPE '!'");
            p.put("name", s.replace("!", "!!").replace("%", "!%").replace("_", "!_"));
        }
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
        return vn.motcua.processing.apology.CaseApology.<vn.motcua.processing.apology.CaseApology>list("caseId IN ?1", ids)
                .stream().collect(Collectors.toMap(a -> a.caseId, a -> a));
    }
}
