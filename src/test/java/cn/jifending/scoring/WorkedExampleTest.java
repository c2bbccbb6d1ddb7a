package cn.jifending.scoring;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The scheme's worked example, to the digit. */
class WorkedExampleTest {

    @Test
    void workedExampleMonthIs58point9() {
        MonthResult m = Ledger.formalAllYear(2026)
                .xuexi(2026, 3, 3).daily(2026, 3, 12)
                .attend("collective_study", "2026-03-05", "PRESENT")
                .attend("branch_congress", "2026-03-10", "PRESENT")
                .attend("group_meeting", "2026-03-12", "ABSENT")
                .attend("party_day", "2026-03-20", "PRESENT")
                .dues(2026, 3, "ON_TIME")
                .year(2026).month(3);

        assertThat(m.item("xuexi_login").earned()).isEqualByComparingTo("8.5");
        assertThat(m.item("daily_question").earned()).isEqualByComparingTo("8.5");
        GroupResult study = m.group("study");
        assertThat(study.available()).isEqualByComparingTo("25");
        assertThat(study.earned()).isEqualByComparingTo("22");
        assertThat(study.score()).isEqualTo(new BigDecimal("26.4"));
        GroupResult orgLife = m.group("org_life");
        assertThat(orgLife.available()).isEqualByComparingTo("20");
        assertThat(orgLife.earned()).isEqualByComparingTo("15");
        assertThat(orgLife.score()).isEqualTo(new BigDecimal("22.5"));
        assertThat(m.group("political").score()).isEqualTo(new BigDecimal("10"));
        assertThat(m.base()).isEqualTo(new BigDecimal("58.9"));
    }

    @Test
    void workedExampleExplainsItself() {
        MonthResult m = Ledger.formalAllYear(2026)
                .xuexi(2026, 3, 3).daily(2026, 3, 12)
                .attend("collective_study", "2026-03-05", "PRESENT")
                .attend("branch_congress", "2026-03-10", "PRESENT")
                .attend("group_meeting", "2026-03-12", "ABSENT")
                .attend("party_day", "2026-03-20", "PRESENT")
                .dues(2026, 3, "ON_TIME")
                .year(2026).month(3);

        assertThat(m.explain()).contains(
                "2026-03 基础分：58.9 分",
                "  政治学习（满分 30）：实得 22 ÷ 应得 25 × 30 = 26.4 分",
                "  组织生活（满分 30）：实得 15 ÷ 应得 20 × 30 = 22.5 分",
                "    登录学习强国：未登录 3 天，每天扣 0.5 分，最低 0 分 → 得 8.5 分（应得 10 分）",
                "    其他政治学习：本月未举行，不计入应得分");
        assertThat(m.item("collective_study").factIds()).containsExactly("f4");
    }
}
