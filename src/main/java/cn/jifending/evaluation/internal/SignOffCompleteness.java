package cn.jifending.evaluation.internal;

import cn.jifending.ledger.Scores;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.notification.TemplateModel;
import cn.jifending.scoring.ItemResult;
import cn.jifending.scoring.MonthResult;
import cn.jifending.scoring.RuleKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Whether a quarter may be signed off: every member of the round has every monthly figure (学习强国,
 * 每日一题, 党费) of each active month of the quarter. The gaps are listed by member and month.
 */
@Component
class SignOffCompleteness {

    private static final Set<RuleKind> MONTHLY = Set.of(RuleKind.PER_MISS_DEDUCTION, RuleKind.TARGET_DEDUCTION,
            RuleKind.LATE_ZEROES_QUARTER);

    private final Scores scores;
    private final EvaluationStore store;
    private final MessageTemplates templates;

    SignOffCompleteness(Scores scores, EvaluationStore store, MessageTemplates templates) {
        this.scores = scores;
        this.store = store;
        this.templates = templates;
    }

    /** One line per member lacking a figure, e.g. {@code 张三：2026-04 登录学习强国、党费缴纳；2026-05 党费缴纳}. */
    List<String> gaps(RoundRow round) {
        Set<Long> members = new HashSet<>();
        store.snapshots(round.id()).forEach(s -> members.add(s.memberId()));
        List<String> lines = new ArrayList<>();
        scores.forEachYear(round.branchId(), round.year(), y -> {
            if (!members.contains(Long.parseLong(y.memberId()))) {
                return;
            }
            List<Map<String, Object>> months = new ArrayList<>();
            for (MonthResult m : y.months()) {
                if ((m.month().getMonthValue() - 1) / 3 + 1 != round.quarter()) {
                    continue;
                }
                List<String> missing = m.groups().stream().flatMap(g -> g.items().stream())
                        .filter(i -> MONTHLY.contains(i.rule()) && !i.applied() && i.factIds().isEmpty())
                        .map(ItemResult::name).toList();
                if (!missing.isEmpty()) {
                    months.add(Map.of("month", m.month().toString(), "items", TemplateModel.list(missing)));
                }
            }
            if (!months.isEmpty()) {
                lines.add(templates.message("evaluation-gap-line", Map.of("name", y.name(),
                        "months", TemplateModel.list(months))).strip());
            }
        });
        return lines;
    }
}
