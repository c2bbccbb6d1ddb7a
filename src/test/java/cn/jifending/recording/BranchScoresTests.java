package cn.jifending.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code 支部积分}: every member's figures as a paged list, unrecorded items flagged, access by role. */
class BranchScoresTests extends RecordingTestBase {

    private Fixture mayRecorded() {
        Fixture f = branch(2, List.of("例一", "例二"));
        String rec = f.recorder().userId();
        sendFile(rec, "", "五月.csv", csv("月份,2025-05\n姓名,userid,学习强国未登录天数,每日一题积分,党费(按时/延期)\n"
                + "例一," + f.member(0).userId() + ",3,12,按时\n"
                + "例二," + f.member(1).userId() + ",0,15,延期\n"));
        say(rec, "记录 集中学习 2025年5月6日 出席 @例一 @例二");
        say(rec, "记录 支部大会 2025年5月12日 出席 @例一");
        resetOutbox();
        return f;
    }

    @Test
    void theSecretarySeesEveryMembersMonthWithTheUnrecordedItemsFlagged() {
        Fixture f = mayRecorded();
        say(f.secretary().userId(), "支部积分 2025年5月");
        Reply r = lastReply();
        assertThat(r.template()).isEqualTo("branch-scores");
        assertThat(r.body()).contains(f.branch().name() + " 2025年5月积分", "共 5 人", "第 1/1 页")
                .doesNotContain("|---", "{{");
        String line = r.body().lines().filter(l -> l.contains("例一")).findFirst().orElseThrow();
        assertThat(line).matches("\\d+\\. \\*\\*例一\\*\\* 月基础分 [0-9.]+").doesNotContain("未记录");
        String secretaryLine = r.body().lines().filter(l -> l.contains("书记")).findFirst().orElseThrow();
        assertThat(secretaryLine).contains("未记录：学习强国、每日一题、党费");
        assertThat(r.body()).as("the page line is a link opening the branch page as the asker (sandbox mode)")
                .contains("](/h5/branch?branch=" + f.branch().id() + "&user=" + f.secretary().userId() + ")");
    }

    @Test
    void theRecorderAndTheCommitteeMemberSeeTheQuarterAndTheYear() {
        Fixture f = mayRecorded();
        say(f.recorder().userId(), "支部积分 2025Q2");
        assertThat(lastReply().body()).contains("2025年第2季度积分", "例一", "季度", "学习强国（4、6月）");
        say(f.committee().userId(), "支部积分 2025");
        String year = lastReply().body();
        assertThat(year).contains("2025年积分", "综合", "评议");
        // Each unrecorded item once, with its months as runs: not twelve "N月学习强国" words per member.
        String first = year.lines().filter(l -> l.contains("例一")).findFirst().orElseThrow();
        assertThat(first).contains("未记录：学习强国（1–4、6–12月）、每日一题（1–4、6–12月）、党费（1–4、6–12月）")
                .doesNotContain("月学习强国");
    }

    @Test
    void aLargeBranchIsPagedThirtyAPageAndThePageIsChosenByText() {
        Fixture f = branch(30);
        say(f.secretary().userId(), "支部积分 2025年5月");
        Reply first = lastReply();
        assertThat(first.body()).contains("共 33 人", "第 1/2 页", "30. ", "`支部积分 2025年5月 第2页`")
                .doesNotContain("31. ");
        say(f.secretary().userId(), "支部积分 2025年5月 第2页");
        assertThat(lastReply().body()).contains("第 2/2 页", "31. ", "33. ").doesNotContain("30. ", "下一页");
    }

    @Test
    void anOrdinaryMemberIsRefusedAndAnUnknownPeriodIsExplained() {
        Fixture f = mayRecorded();
        say(f.member(0).userId(), "支部积分");
        assertThat(lastReply().template()).isEqualTo("refused");
        say(f.secretary().userId(), "支部积分 上上周");
        assertThat(lastReply().template()).isEqualTo("branch-scores-usage");
        assertThat(lastReply().body()).contains("上上周");
    }
}
