package cn.jifending.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.jifending.MariaDbTestBase;
import cn.jifending.audit.AuditLog;
import cn.jifending.organization.RosterError.Problem;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RosterImportTests extends MariaDbTestBase {

    private static final String HEADER = "支部,党小组,姓名,userid,类别,入党/转入日期,角色\n";

    @Autowired
    RosterImport rosterImport;
    @Autowired
    MemberDirectory directory;
    @Autowired
    AuditLog audit;

    @Test
    void importsACsvRoster() {
        String branch = OrgFixture.unique("支部");
        String sec = OrgFixture.unique("sec");
        String prob = OrgFixture.unique("prob");
        String csv = HEADER
                + branch + ",第一党小组,李明," + sec + ",正式,2020-01-01,\"支部书记,党小组长\"\n"
                + branch + ",第一党小组,周婷," + prob + ",预备,2026/1/10,党员\n";

        RosterImport.Result result = rosterImport.importRoster("roster.csv", bytes(csv), new Actor("importer", cn.jifending.audit.Source.system("test")));

        assertThat(result.added()).isEqualTo(2);
        Person secretary = directory.findByUserId(sec).orElseThrow();
        assertThat(secretary.branchName()).isEqualTo(branch);
        assertThat(secretary.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.SECRETARY, Role.GROUP_LEADER);
        assertThat(directory.partyGroups(secretary.branchId())).extracting(PartyGroup::name).containsExactly("第一党小组");
        Person probationary = directory.findByUserId(prob).orElseThrow();
        assertThat(probationary.probationary()).isTrue();
        assertThat(directory.spellsOf(probationary.memberId()).get(0).joinedOn()).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(audit.entriesFor("org_member", String.valueOf(secretary.memberId())))
                .allSatisfy(r -> assertThat(r.entry().source()).isEqualTo(cn.jifending.audit.Source.importFile(result.fileHash())));
    }

    @Test
    void refusesTheWholeFileAndListsEveryBadRow() {
        String branch = OrgFixture.unique("支部");
        String good = OrgFixture.unique("good");
        String dup = OrgFixture.unique("dup");
        String csv = HEADER
                + branch + ",,好人," + good + ",正式,2020-01-01,党员\n"
                + branch + ",,张三,,正式,2020-01-01,党员\n"
                + branch + ",,李四," + dup + ",群众,2020-13-01,党员\n"
                + branch + ",,王五," + dup + ",正式,2020-01-01,队长\n";

        RosterImportException e = catchThrowableOfType(RosterImportException.class,
                () -> rosterImport.importRoster("roster.csv", bytes(csv), new Actor("importer", cn.jifending.audit.Source.system("test"))));

        assertThat(e.errors()).extracting(RosterError::row, RosterError::column, RosterError::problem).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "userid", Problem.BLANK),
                org.assertj.core.groups.Tuple.tuple(4, "类别", Problem.UNKNOWN_CATEGORY),
                org.assertj.core.groups.Tuple.tuple(4, "入党/转入日期", Problem.BAD_DATE),
                org.assertj.core.groups.Tuple.tuple(5, "角色", Problem.UNKNOWN_ROLE));
        assertThat(directory.findByUserId(good)).as("nothing written").isEmpty();
        assertThat(directory.branches()).extracting(Branch::name).doesNotContain(branch);
    }

    @Test
    void reportsDuplicateUserIdsAndMissingColumns() {
        String dup = OrgFixture.unique("dup");
        String csv = HEADER + "一支部,,甲," + dup + ",正式,2020-01-01,\n"
                + "一支部,,乙," + dup.toUpperCase(java.util.Locale.ROOT) + ",正式,2020-01-01,\n"
                + "一支部,,丙," + "x".repeat(65) + ",正式,2020-01-01,\n";
        RosterImportException e = catchThrowableOfType(RosterImportException.class,
                () -> rosterImport.importRoster("r.csv", bytes(csv), new Actor("importer", cn.jifending.audit.Source.system("test"))));
        assertThat(e.errors()).containsExactly(
                new RosterError(3, "userid", Problem.DUPLICATE_USERID, dup.toUpperCase(java.util.Locale.ROOT)),
                new RosterError(4, "userid", Problem.TOO_LONG, "x".repeat(65)));

        RosterImportException missing = catchThrowableOfType(RosterImportException.class,
                () -> rosterImport.importRoster("r.csv", bytes("支部,姓名,userid\n一支部,甲,x\n"), new Actor("i", cn.jifending.audit.Source.system("test"))));
        assertThat(missing.errors()).extracting(RosterError::column)
                .containsExactlyInAnyOrder("党小组", "类别", "入党/转入日期", "角色");
    }

    @Test
    void importsAnXlsxRosterWithDateCells() throws Exception {
        String branch = OrgFixture.unique("支部");
        String user = OrgFixture.unique("xlsx");
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("名册");
            List<String> header = List.of("支部", "党小组", "姓名", "userid", "类别", "入党/转入日期", "角色");
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                h.createCell(i).setCellValue(header.get(i));
            }
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue(branch);
            r.createCell(2).setCellValue("赵强");
            r.createCell(3).setCellValue(user);
            r.createCell(4).setCellValue("正式");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            r.createCell(5).setCellValue(LocalDate.of(2021, 3, 15));
            r.getCell(5).setCellStyle(dateStyle);
            r.createCell(6).setCellValue("记分员");
            wb.write(out);
            xlsx = out.toByteArray();
        }

        rosterImport.importRoster("名册.xlsx", xlsx, new Actor("importer", cn.jifending.audit.Source.system("test")));

        Person p = directory.findByUserId(user).orElseThrow();
        assertThat(p.roles()).contains(Role.RECORDER);
        assertThat(directory.spellsOf(p.memberId()).get(0).joinedOn()).isEqualTo(LocalDate.of(2021, 3, 15));
    }

    @Test
    void aKnownMemberListedUnderAnotherBranchMovesThere() {
        String from = OrgFixture.unique("支部");
        String to = OrgFixture.unique("支部");
        String user = OrgFixture.unique("mover");
        rosterImport.importRoster("a.csv", bytes(HEADER + from + ",,钱七," + user + ",正式,2020-01-01,\n"),
                new Actor("importer", cn.jifending.audit.Source.system("test")));

        RosterImport.Result result = rosterImport.importRoster("b.csv",
                bytes(HEADER + to + ",,钱七," + user + ",正式,2026-07-01,\n"), new Actor("importer", cn.jifending.audit.Source.system("test")));

        assertThat(result.moved()).isEqualTo(1);
        List<MembershipSpell> spells = directory.spellsOf(directory.findByUserId(user).orElseThrow().memberId());
        assertThat(spells).hasSize(2);
        assertThat(spells.get(0).leftOn()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(spells.get(1).joinedOn()).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
