package cn.jifending.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.ledger.Ledger;
import cn.jifending.ledger.NewFact;
import cn.jifending.audit.Source;
import cn.jifending.organization.Actor;
import cn.jifending.organization.Branch;
import cn.jifending.organization.Member;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.NewMember;
import cn.jifending.organization.Organization;
import cn.jifending.scoring.FactKind;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AssessmentFormsTests extends MariaDbTestBase {

    @Autowired AssessmentForms forms;
    @Autowired Organization organization;
    @Autowired MemberDirectory directory;
    @Autowired Ledger ledger;

    @Test
    void aMemberWhoJoinedAfterTheMonthHasNoColumnAndUnheldItemsShowADash() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Actor by = Actor.system(cn.jifending.audit.Source.system("test"));
        Branch b = organization.ensureBranch(directory.branches().get(0).committeeId(), "报表支部" + tag, by);
        Member early = organization.addMember(new NewMember("early-" + tag, "早" + tag, false, null, b.id(), null,
                LocalDate.of(2024, 1, 1)), by);
        organization.addMember(new NewMember("late-" + tag, "晚" + tag, false, null, b.id(), null,
                LocalDate.of(2024, 4, 1)), by);
        ledger.record(NewFact.of(FactKind.ATTENDANCE, b.id(), early.id(), "party_lecture", LocalDate.of(2024, 3, 8),
                "PRESENT", Source.system("test-" + tag), "test"));

        byte[] xlsx = forms.monthly(b.id(), YearMonth.of(2024, 3));

        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheetAt(0);
            Row header = s.getRow(2);
            assertThat(header.getLastCellNum()).as("4 label columns, 1 member, 备注").isEqualTo((short) 6);
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("早" + tag);
            Row xuexi = s.getRow(3);
            assertThat(xuexi.getCell(2).getStringCellValue()).isEqualTo("登录学习强国");
            assertThat(xuexi.getCell(3).getStringCellValue()).isEqualTo("10分/月");
            assertThat(xuexi.getCell(4).getStringCellValue()).as("not recorded: not applied").isEqualTo("—");
            assertThat(xuexi.getCell(5).getStringCellValue()).isEqualTo("每次未登录，扣0.5分");
            Row studySubtotal = s.getRow(7);
            assertThat(studySubtotal.getCell(2).getStringCellValue()).isEqualTo("政治学习小计");
            assertThat(studySubtotal.getCell(4).getNumericCellValue()).as("nothing applied: full").isEqualTo(30.0);
            Row lecture = s.getRow(9);
            assertThat(lecture.getCell(2).getStringCellValue()).isEqualTo("支部党课");
            assertThat(lecture.getCell(4).getNumericCellValue()).isEqualTo(5.0);
            Row last = s.getRow(s.getLastRowNum());
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("得 分");
            assertThat(last.getCell(4).getNumericCellValue()).isEqualTo(70.0);
        }
    }

    @Test
    void aMonthsFormHoldsOnlyTheFeaturedPointsDatedInThatMonth() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Actor by = Actor.system(cn.jifending.audit.Source.system("test"));
        Branch b = organization.ensureBranch(directory.branches().get(0).committeeId(), "特色支部" + tag, by);
        Member m = organization.addMember(new NewMember("feat-" + tag, "特" + tag, false, null, b.id(), null,
                LocalDate.of(2024, 1, 1)), by);
        ledger.record(NewFact.of(FactKind.FEATURED, b.id(), m.id(), "volunteer_service", LocalDate.of(2024, 11, 12),
                "1", Source.system("test-nov-" + tag), "test"));
        ledger.record(NewFact.of(FactKind.FEATURED, b.id(), m.id(), "volunteer_service", LocalDate.of(2024, 12, 3),
                "2", Source.system("test-dec-" + tag), "test"));
        ledger.record(NewFact.of(FactKind.FEATURED, b.id(), m.id(), "grid_work", LocalDate.of(2024, 12, 20),
                "1", Source.system("test-dec2-" + tag), "test"));

        assertThat(featured(forms.monthly(b.id(), YearMonth.of(2024, 11)))).as("November: only its own 1 point")
                .containsExactly(0.0, 1.0, 0.0);
        assertThat(featured(forms.monthly(b.id(), YearMonth.of(2024, 12)))).as("December: its own 1 + 2")
                .containsExactly(1.0, 2.0, 0.0);
        assertThat(featured(forms.monthly(b.id(), YearMonth.of(2024, 10)))).as("October: none")
                .containsExactly(0.0, 0.0, 0.0);
    }

    /** The member's value on each featured row (grid work, volunteer service, branch items), in order. */
    private static java.util.List<Double> featured(byte[] xlsx) throws Exception {
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheetAt(0);
            java.util.List<Double> values = new java.util.ArrayList<>();
            for (Row r : s) {
                if (r.getRowNum() > 2 && r.getCell(0) != null && r.getCell(0).getStringCellValue().startsWith("特色分")) {
                    values.add(r.getCell(4).getNumericCellValue());
                }
            }
            return values;
        }
    }
}
