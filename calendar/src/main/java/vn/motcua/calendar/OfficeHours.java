package vn.motcua.calendar;

import java.time.LocalTime;
import java.util.List;

/**
 * The office sessions of a working day (giờ hành chính), e.g. 07:00–11:30 and 13:30–17:00. Time limits count only
 * inside them; 8 working hours make one working day whatever the sessions add up to.
 */
public record OfficeHours(List<Session> sessions) {

    public static final int MINUTES_PER_WORKING_DAY = 8 * 60;

    /** The default of most provinces: 07:00–11:30 and 13:30–17:00. */
    public static final OfficeHours DEFAULT = of("07:00-11:30", "13:30-17:00");

    public record Session(LocalTime start, LocalTime end) {
        public Session {
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("a session must end after it starts: " + start + "-" + end);
            }
        }

        int startMinute() {
            return start.getHour() * 60 + start.getMinute();
        }

        int endMinute() {
            return end.getHour() * 60 + end.getMinute();
        }
    }

    public OfficeHours {
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("office hours need at least one session");
        }
        for (int i = 1; i < sessions.size(); i++) {
            if (sessions.get(i).start().isBefore(sessions.get(i - 1).end())) {
                throw new IllegalArgumentException("office sessions must be in order and not overlap");
            }
        }
        sessions = List.copyOf(sessions);
    }

    /** Parses sessions written as {@code HH:mm-HH:mm}. */
    public static OfficeHours of(String... sessions) {
        return new OfficeHours(java.util.Arrays.stream(sessions).map(s -> {
            String[] p = s.strip().split("-");
            if (p.length != 2) {
                throw new IllegalArgumentException("office session must look like 07:00-11:30: " + s);
            }
            return new Session(LocalTime.parse(p[0].strip()), LocalTime.parse(p[1].strip()));
        }).toList());
    }

    public LocalTime opening() {
        return sessions.get(0).start();
    }

    public LocalTime closing() {
        return sessions.get(sessions.size() - 1).end();
    }

    /** Minutes of office time in one working day. */
    public int minutesPerDay() {
        int sum = 0;
        for (Session s : sessions) {
            sum += s.endMinute() - s.startMinute();
        }
        return sum;
    }
}
