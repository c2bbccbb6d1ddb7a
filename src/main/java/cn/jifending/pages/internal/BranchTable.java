package cn.jifending.pages.internal;

import cn.jifending.evaluation.RoundStatus;
import cn.jifending.scoring.ItemResult;
import cn.jifending.scoring.MonthResult;
import cn.jifending.scoring.QuarterResult;
import cn.jifending.scoring.YearResult;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The branch's members × months as the page shows them, built from the scoring results as they are
 * streamed: each month's base (blank when the member was not active), the monthly items without a
 * figure (未记录), the month in progress (本月进行中), each quarter's figure and the composite so far.
 */
final class BranchTable {

    /** One member's line. */
    record Row(long memberId, String name, List<Cell> months, List<String> quarters, String composite,
               int unrecorded) {
    }

    /** One month of one member; {@code base} null when not active; {@code missing} names the unrecorded items. */
    record Cell(String base, List<String> missing, boolean provisional) {
    }

    /** One quarter of the branch: whether its round was opened and signed off. */
    record Quarter(int quarter, String state) {
    }

    private final YearMonth inProgress;
    private final List<Row> rows = new ArrayList<>();

    BranchTable(YearMonth inProgress) {
        this.inProgress = inProgress;
    }

    List<Row> rows() {
        return rows;
    }

    void add(YearResult r) {
        List<Cell> cells = new ArrayList<>(12);
        int unrecorded = 0;
        for (int m = 1; m <= 12; m++) {
            int month = m;
            Optional<MonthResult> result = r.months().stream().filter(x -> x.month().getMonthValue() == month)
                    .findFirst();
            if (result.isEmpty()) {
                cells.add(new Cell(null, List.of(), false));
                continue;
            }
            List<ItemResult> missing = Figures.unrecorded(result.get());
            unrecorded += missing.size();
            cells.add(new Cell(Figures.INSTANCE.points(result.get().base()),
                    missing.stream().map(ItemResult::name).toList(),
                    result.get().month().equals(inProgress)));
        }
        List<String> quarters = new ArrayList<>(4);
        for (int q = 1; q <= 4; q++) {
            quarters.add(r.quarter(q).map(QuarterResult::total).map(Figures.INSTANCE::points).orElse(""));
        }
        rows.add(new Row(Long.parseLong(r.memberId()), r.name(), cells, quarters,
                Figures.INSTANCE.points(r.composite()), unrecorded));
    }

    static List<Quarter> quarters(long branchId, List<RoundStatus> rounds) {
        List<Quarter> quarters = new ArrayList<>(4);
        for (int q = 1; q <= 4; q++) {
            int quarter = q;
            Optional<RoundStatus> round = rounds.stream().filter(s -> s.branchId() == branchId && s.quarter() == quarter)
                    .findFirst();
            quarters.add(new Quarter(q, round.map(s -> s.signed() ? "SIGNED" : "OPEN").orElse("NONE")));
        }
        return quarters;
    }
}
