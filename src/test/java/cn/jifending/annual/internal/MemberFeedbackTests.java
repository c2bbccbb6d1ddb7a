package cn.jifending.annual.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.annual.AnnualLine;
import cn.jifending.calendar.PublicityWindow;
import cn.jifending.notification.MessageTemplates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The member's annual result where a part is missing: a year the ledger cannot reckon (here a member it does not
 * know) says so in words instead of the placeholder dash the Java side once put in (#15 defect 4); no warning is 无.
 */
class MemberFeedbackTests extends MariaDbTestBase {

    @Autowired MemberFeedback feedback;
    @Autowired MessageTemplates templates;

    @Test
    void aYearWithoutItsReckoningAndWithoutAWarningIsWorded() {
        AnnualLine line = new AnnualLine(-42L, "u-42", "张三", -1L, "一支部", "FORMAL", new BigDecimal("70"),
                new BigDecimal("5"), new BigDecimal("10"), new BigDecimal("85"), "PRIORITY", "优先作为评优评先、提拔任用推荐对象",
                Optional.empty(), false, false);
        PublicityWindow window = new PublicityWindow(LocalDate.of(2027, 1, 6), LocalDate.of(2027, 1, 12), false);
        String text = templates.message("annual-result", feedback.model(line, 2026, window));
        assertThat(text).contains("- 预警：无", "本年度积分的构成暂时无法列出", "公示期 2027-01-06 至 2027-01-12")
                .doesNotContain("\n-\n");

        AnnualLine warned = new AnnualLine(-42L, "u-42", "张三", -1L, "一支部", "FORMAL", new BigDecimal("50"),
                BigDecimal.ZERO, new BigDecimal("5"), new BigDecimal("55"), "RED", "红色预警", Optional.of("RED"), false,
                false);
        assertThat(templates.message("annual-result", feedback.model(warned, 2026, window))).contains("- 预警：⚠ 红色预警");
    }
}
