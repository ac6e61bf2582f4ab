package vn.motcua.dashboard.readmodel;

import java.time.OffsetDateTime;

/** Working minutes between two instants under an agency's office hours (the calendar module's rules). */
@FunctionalInterface
public interface WorkingMinutes {

    /**
     * @param officeHours the agency's sessions, e.g. {@code 07:00-11:30,13:30-17:00}; null for the default
     */
    long between(String officeHours, OffsetDateTime from, OffsetDateTime to);
}
