package vn.motcua.processing.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.ScheduleEntry;
import vn.motcua.calendar.YearSchedule;

/** The yearly working-day schedules in PostgreSQL, with an audit row for every change. */
@ApplicationScoped
public class ScheduleStore {

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;

    public ScheduleStore(EntityManager em, ObjectMapper json, Clock clock) {
        this.em = em;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public List<YearSchedule> loadAll() {
        Map<Integer, Object[]> heads = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT year, version, source FROM calendar_schedule ORDER BY year").getResultList()) {
            Object[] r = (Object[]) row;
            heads.put(((Number) r[0]).intValue(), r);
        }
        Map<Integer, List<ScheduleEntry>> entries = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT year, day, kind, reason FROM calendar_entry ORDER BY day").getResultList()) {
            Object[] r = (Object[]) row;
            entries.computeIfAbsent(((Number) r[0]).intValue(), y -> new ArrayList<>())
                    .add(new ScheduleEntry(toLocalDate(r[1]), DayKind.valueOf((String) r[2]), (String) r[3]));
        }
        List<YearSchedule> out = new ArrayList<>();
        heads.forEach((year, r) -> out.add(new YearSchedule(year, (String) r[1], (String) r[2], true,
                entries.getOrDefault(year, List.of()))));
        return out;
    }

    /** Inserts a schedule unless the year already has one (safe when several replicas seed at once). */
    @Transactional
    public boolean insertIfAbsent(YearSchedule s, String actor) {
        int inserted = em.createNativeQuery("""
                        INSERT INTO calendar_schedule (year, version, source, updated_at, updated_by)
                        VALUES (:y, :v, :s, :t, :a) ON CONFLICT (year) DO NOTHING""")
                .setParameter("y", s.year()).setParameter("v", s.version()).setParameter("s", s.source())
                .setParameter("t", OffsetDateTime.now(clock)).setParameter("a", actor).executeUpdate();
        if (inserted == 1) {
            insertEntries(s);
            audit(s.year(), null, null, s, actor);
        }
        return inserted == 1;
    }

    /** Replaces a year's schedule (admin), recording the old and new versions. */
    @Transactional
    public void replace(YearSchedule s, String actor) {
        Optional<YearSchedule> old = loadAll().stream().filter(y -> y.year() == s.year()).findFirst();
        em.createNativeQuery("DELETE FROM calendar_entry WHERE year = :y").setParameter("y", s.year()).executeUpdate();
        int updated = em.createNativeQuery("""
                        UPDATE calendar_schedule SET version = :v, source = :s, updated_at = :t, updated_by = :a WHERE year = :y""")
                .setParameter("y", s.year()).setParameter("v", s.version()).setParameter("s", s.source())
                .setParameter("t", OffsetDateTime.now(clock)).setParameter("a", actor).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("""
                            INSERT INTO calendar_schedule (year, version, source, updated_at, updated_by) VALUES (:y, :v, :s, :t, :a)""")
                    .setParameter("y", s.year()).setParameter("v", s.version()).setParameter("s", s.source())
                    .setParameter("t", OffsetDateTime.now(clock)).setParameter("a", actor).executeUpdate();
        }
        insertEntries(s);
        audit(s.year(), old.map(YearSchedule::version).orElse(null), old.orElse(null), s, actor);
    }

    public record AuditRow(long id, int year, String oldVersion, String newVersion, String changedBy, OffsetDateTime changedAt) {
    }

    @Transactional
    public List<AuditRow> audit(int year) {
        List<AuditRow> out = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                        SELECT id, year, old_version, new_version, changed_by, changed_at FROM calendar_audit
                        WHERE year = :y ORDER BY id""").setParameter("y", year).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new AuditRow(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2], (String) r[3],
                    (String) r[4], vn.motcua.platform.persistence.NativeColumns.time(r[5])));
        }
        return out;
    }

    private void insertEntries(YearSchedule s) {
        for (ScheduleEntry e : s.entries()) {
            em.createNativeQuery("INSERT INTO calendar_entry (day, year, kind, reason) VALUES (:d, :y, :k, :r)")
                    .setParameter("d", e.date()).setParameter("y", s.year()).setParameter("k", e.kind().name())
                    .setParameter("r", e.reason()).executeUpdate();
        }
    }

    private void audit(int year, String oldVersion, YearSchedule old, YearSchedule now, String actor) {
        em.createNativeQuery("""
                        INSERT INTO calendar_audit (year, old_version, new_version, changed_by, changed_at, old_entries, new_entries)
                        VALUES (:y, :ov, :nv, :a, :t, :oe, :ne)""")
                .setParameter("y", year).setParameter("ov", oldVersion).setParameter("nv", now.version())
                .setParameter("a", actor).setParameter("t", OffsetDateTime.now(clock))
                .setParameter("oe", old == null ? null : write(old.entries()))
                .setParameter("ne", write(now.entries())).executeUpdate();
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate toLocalDate(Object o) {
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }
}
