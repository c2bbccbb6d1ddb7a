package cn.jifending.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.notification.MessageTemplates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a member's card and the round's replies say where a value is missing: words, never the placeholder dash
 * the Java side once put in (#15 defect 4). The models are the module's own (RoundCards), rendered by the shipped
 * templates in strict mode.
 */
class RoundCardsTests extends MariaDbTestBase {

    @Autowired RoundCards cards;
    @Autowired MessageTemplates templates;

    private final RoundRow round = new RoundRow(1L, -1L, 2026, 3, LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 16),
            null);

    @Test
    void aSnapshotWithoutMonthsSaysSoOnTheMembersCard() {
        SnapshotRow none = new SnapshotRow(1L, 7L, 1, "u7", "张三", 0, null, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO);
        assertThat(templates.card("evaluation", cards.memberCard(round, none)))
                .contains("各月基础分：\\n暂无（本季度没有计分的月份）\\n").doesNotContain("\\n-\\n");

        SnapshotRow two = new SnapshotRow(1L, 7L, 1, "u7", "张三", 2, "2026-07=58.90;2026-08=60.00",
                new BigDecimal("118.90"), BigDecimal.ZERO, new BigDecimal("118.90"));
        assertThat(templates.card("evaluation", cards.memberCard(round, two)))
                .contains("各月基础分：\\n- 2026-07：58.90\\n- 2026-08：60.00\\n\\n请在 2026-10-16 前确认");
    }

    @Test
    void anOpeningWithoutADeadlineAndAnObjectionWithoutAReasonAreWorded() {
        Map<String, Object> model = cards.roundModel(new RoundRow(1L, -1L, 2026, 3, LocalDate.of(2026, 10, 9), null,
                null));
        model.put("members", 4);
        assertThat(templates.message("evaluation-already-open", model)).contains("确认截止日未定")
                .doesNotContain("截止 -");
        model.put("deadline", LocalDate.of(2026, 10, 16));
        assertThat(templates.message("evaluation-opened", model)).contains("确认截止 2026-10-16。");

        Map<String, Object> objected = cards.roundModel(round);
        objected.put("reason", null);
        assertThat(templates.message("evaluation-already-objected", objected)).contains("提出异议（未填写理由）");
    }
}
