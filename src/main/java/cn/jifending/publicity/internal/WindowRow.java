package cn.jifending.publicity.internal;

import cn.jifending.calendar.PublicityWindow;
import java.time.LocalDate;

/** A row of {@code publicity_window}; {@code note} is the sign-off's reason for an incomplete quarter, or null. */
record WindowRow(long id, Long branchId, int year, int quarter, LocalDate openedOn, LocalDate firstDay,
                 LocalDate lastDay, String note) {

    PublicityWindow window() {
        return new PublicityWindow(firstDay, lastDay, false);
    }

    String quarterLabel() {
        return DatabasePublicity.label(year, quarter);
    }
}
