package vn.motcua.dashboard.readmodel;

import java.time.LocalDate;

/**
 * Where a count belongs: the unit (cơ quan), the channel, the reception desk with its staff member (post office,
 * commune point, counter; empty strings when none) and the day in Vietnam time.
 */
public record CounterKey(String agencyCode, String channel, String deskAgency, String deskStaff, LocalDate day)
        implements Comparable<CounterKey> {

    public CounterKey {
        deskAgency = deskAgency == null ? "" : deskAgency;
        deskStaff = deskStaff == null ? "" : deskStaff;
    }

    /** Order in which counter rows are locked: two transactions never wait on each other in a circle. */
    @Override
    public int compareTo(CounterKey o) {
        int c = agencyCode.compareTo(o.agencyCode);
        c = c != 0 ? c : channel.compareTo(o.channel);
        c = c != 0 ? c : deskAgency.compareTo(o.deskAgency);
        c = c != 0 ? c : deskStaff.compareTo(o.deskStaff);
        return c != 0 ? c : day.compareTo(o.day);
    }
}
