package cn.jifending.calendar;

import java.util.List;

/** Maintains the working-day calendar: the committee admin adds next year's published arrangement. */
public interface CalendarAdmin {

    /**
     * Adds the published holidays and adjusted working days of {@code year} and marks the year as
     * known, in one transaction. Dates must lie in {@code year}, or in the December before it (an
     * adjusted working day of the New Year holiday). A date already present with the same kind is
     * left as it is; with a different kind the whole call is refused. The calendar's cache sees the
     * new days once the transaction commits.
     *
     * @param source where the days come from (e.g. 国务院办公厅通知 number), kept with the year
     * @return how many dates were new
     */
    int addDays(int year, List<CalendarDay> days, String source);
}
