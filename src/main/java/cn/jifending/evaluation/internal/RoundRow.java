package cn.jifending.evaluation.internal;

import cn.jifending.bot.Quarter;
import java.time.LocalDate;

/** A row of {@code evaluation_round}, with its sign-off when there is one. */
record RoundRow(long id, long branchId, int year, int quarter, LocalDate openedOn, LocalDate deadline,
                String signedBy) {

    boolean signed() {
        return signedBy != null;
    }

    Quarter key() {
        return new Quarter(year, quarter);
    }
}
