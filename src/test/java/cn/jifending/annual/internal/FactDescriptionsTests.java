package cn.jifending.annual.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.ledger.Fact;
import cn.jifending.audit.Source;
import cn.jifending.organization.Branch;
import cn.jifending.organization.Member;
import cn.jifending.organization.OrgFixture;
import cn.jifending.organization.Organization;
import cn.jifending.scoring.FactKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a 抽查 card says about a fact: names, never codes, userids or source refs. */
class FactDescriptionsTests extends MariaDbTestBase {

    @Autowired FactDescriptions descriptions;
    @Autowired Organization organization;

    @Test
    void anImportedFigureIsDescribedByNamesNotCodes() {
        OrgFixture org = new OrgFixture(organization);
        Branch branch = org.branch();
        Member recorder = org.member(branch, LocalDate.of(2026, 1, 1));
        String sha = "ab12cd34".repeat(8);
        Fact f = fact(FactKind.XUEXI_MISSED_DAYS, "xuexi_login", "3", recorder.userId(), Source.importFile(sha),
                null);
        Map<String, Object> card = descriptions.describe(f);
        assertThat(card.get("kind")).isEqualTo("学习强国未登录天数");
        assertThat(card.get("item")).isEqualTo("登录学习强国");
        assertThat(card.get("recordedBy")).isEqualTo(recorder.name());
        assertThat(card.get("source").toString()).contains(recorder.name(), "导入").doesNotContain("IMPORT_FILE", sha);
        assertThat(card.values().toString()).doesNotContain("XUEXI_MISSED_DAYS", recorder.userId());
        assertThat(card.values()).doesNotContain("-");
    }

    @Test
    void aDeclarationApprovedOnACardShowsThatApproval() {
        OrgFixture org = new OrgFixture(organization);
        Branch branch = org.branch();
        Member secretary = org.member(branch, LocalDate.of(2026, 1, 1));
        Fact f = fact(FactKind.FEATURED, "volunteer_service", "1", secretary.userId(),
                Source.cardAction("decl-12-approval", "declaration.approve"), "declaration:12");
        Map<String, Object> card = descriptions.describe(f);
        assertThat(card.get("kind")).isEqualTo("特色分");
        assertThat(card.get("item")).isEqualTo("志愿服务参与情况");
        assertThat(card.get("approval")).isEqualTo(secretary.name() + "在审批卡片上通过申报 #12");
        assertThat(card.get("evidence")).isEqualTo("申报 #12");
        assertThat(card.values().toString()).doesNotContain("CARD_ACTION", "FEATURED", secretary.userId());
    }

    @Test
    void aMeetingsSignInAndApprovalsByDisputeReviewOrObjectionAreNamedNotCoded() {
        OrgFixture org = new OrgFixture(organization);
        Branch branch = org.branch();
        Member recorder = org.member(branch, LocalDate.of(2026, 1, 1));
        Fact meeting = fact(FactKind.ATTENDANCE, "branch_lecture", "ABSENT", recorder.userId(),
                Source.chat("m-1"), "meeting:77");
        assertThat(descriptions.describe(meeting).get("evidence")).isEqualTo("会议记录 #77");
        assertThat(approvalOf(recorder, "dispute:5")).isEqualTo("评议小组表决改判通过（申诉 #5）");
        assertThat(approvalOf(recorder, "evaluation-decision:9")).isEqualTo("季度考评异议决定 #9");
        assertThat(approvalOf(recorder, "annual-review:2026")).isEqualTo("2026 年度民主评议结果更正");
    }

    @Autowired SpotChecks spotChecks;
    @Autowired cn.jifending.notification.MessageTemplates templates;

    @Test
    void aDecidedSpotCheckCardWithoutANoteShowsNoDash() {
        OrgFixture org = new OrgFixture(organization);
        Branch branch = org.branch();
        Member recorder = org.member(branch, LocalDate.of(2026, 1, 1));
        Fact f = fact(FactKind.XUEXI_MISSED_DAYS, "xuexi_login", "3", recorder.userId(), Source.importFile("ab".repeat(32)),
                null);
        String passed = templates.card("spot-check-decided", spotChecks.decidedCard(3L, java.util.Optional.of(f), true, "",
                "王审核"));
        assertThat(passed).contains("**合格**（王审核）").doesNotContain("）-", "-\"", "XUEXI_MISSED_DAYS");
        String problem = templates.card("spot-check-decided", spotChecks.decidedCard(3L, java.util.Optional.of(f), false,
                "缺少签到表", "王审核"));
        assertThat(problem).contains("**有问题**（王审核）", "缺少签到表");
    }

    private Object approvalOf(Member by, String approvalRef) {
        Fact f = new Fact(1L, FactKind.FEATURED, 1L, 1L, "volunteer_service", LocalDate.of(2026, 3, 31), null, "1",
                null, by.userId(), LocalDateTime.of(2026, 4, 1, 9, 0), Source.chat("m-2"), null, null, approvalRef);
        return descriptions.describe(f).get("approval");
    }

    private static Fact fact(FactKind kind, String item, String value, String by, Source source, String eventRef) {
        return new Fact(1L, kind, 1L, 1L, item, LocalDate.of(2026, 3, 31), null, value, null, by,
                LocalDateTime.of(2026, 4, 1, 9, 0), source, null, eventRef, null);
    }
}
