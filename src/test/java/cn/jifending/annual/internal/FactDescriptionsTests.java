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

    private static Fact fact(FactKind kind, String item, String value, String by, Source source, String eventRef) {
        return new Fact(1L, kind, 1L, 1L, item, LocalDate.of(2026, 3, 31), null, value, null, by,
                LocalDateTime.of(2026, 4, 1, 9, 0), source, null, eventRef, null);
    }
}
