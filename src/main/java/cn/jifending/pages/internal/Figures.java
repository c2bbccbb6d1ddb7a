package cn.jifending.pages.internal;

import cn.jifending.scoring.ItemResult;
import cn.jifending.scoring.MonthResult;
import cn.jifending.scoring.RuleKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the pages print what the scoring API computed (no figure is computed here): points without
 * trailing zeros, and which monthly items of a month have no figure recorded yet (未记录).
 */
final class Figures {

    /** Rules of the items that need a monthly figure; without one they are shown as 未记录 by the scoring. */
    private static final Set<RuleKind> MONTHLY_FIGURES = Set.of(RuleKind.PER_MISS_DEDUCTION,
            RuleKind.TARGET_DEDUCTION, RuleKind.LATE_ZEROES_QUARTER);

    static final Figures INSTANCE = new Figures();

    private Figures() {
    }

    /** 71.5, 70, 66.6667: at most 4 places, as the chat prints them (public: the templates call it). */
    public String points(BigDecimal p) {
        if (p == null) {
            return "-";
        }
        BigDecimal shown = p.scale() > 4 ? p.setScale(4, RoundingMode.HALF_UP) : p;
        return shown.stripTrailingZeros().toPlainString();
    }

    /** The month's monthly items with no figure recorded. */
    static List<ItemResult> unrecorded(MonthResult month) {
        return month.groups().stream().flatMap(g -> g.items().stream())
                .filter(i -> MONTHLY_FIGURES.contains(i.rule()) && !i.applied() && i.factIds().isEmpty())
                .toList();
    }

    static String json(Object value) {
        return JsonMapper.shared().writeValueAsString(value);
    }
}
