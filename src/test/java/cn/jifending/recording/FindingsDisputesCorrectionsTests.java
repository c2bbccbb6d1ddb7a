package cn.jifending.recording;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.ledger.PeriodLocks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FindingsDisputesCorrectionsTests extends RecordingTestBase {

    @Autowired PeriodLocks locks;

    @Test
    void aFindingIsWrittenOnlyWhenACommitteeMemberConfirmsAndTheMemberIsToldPrivately() {
        Fixture f = branch(1, List.of("违一"));
        say(f.secretary().userId(), "违规 @违一 2025年3月5日 传播不实信息");
        assertThat(lastReply().template()).isEqualTo("finding-submitted");
        assertThat(facts(f.member(0).id())).isEmpty();
        long requestId = count("SELECT id FROM rec_request WHERE branch_id = ?", f.branch().id());
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE subject_type = 'rec_request' AND subject_id = ? "
                + "AND action = 'recording.finding.requested'", String.valueOf(requestId))).isEqualTo(1);
        Reply card = card("finding-confirm");
        assertThat(card.recipients()).isEqualTo(f.committee().userId());
        assertThat(card.body()).contains("违一", "传播不实信息");

        press(f.secretary().userId(), card, "finding-confirm");
        assertThat(facts(f.member(0).id())).as("the secretary cannot confirm their own finding").isEmpty();
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE actor = ? AND subject_type = 'card_action' "
                + "AND subject_id = 'finding-confirm' AND action = 'bot.refused'", f.secretary().userId()))
                .as("only branch committee members confirm findings").isEqualTo(1);

        resetOutbox();
        press(f.committee().userId(), card, "finding-confirm");
        assertThat(facts(f.member(0).id())).containsExactly("FINDING violation 2025-03-05 ");
        assertThat(replies()).filteredOn(r -> "finding-notice".equals(r.template())).singleElement()
                .satisfies(r -> {
                    assertThat(r.recipients()).isEqualTo(f.member(0).userId());
                    assertThat(r.groupId()).isNull();
                    assertThat(r.body()).contains("传播不实信息");
                });
        press(f.committee().userId(), card, "finding-reject");
        assertThat(facts(f.member(0).id())).hasSize(1);
    }

    @Test
    void aRejectedFindingWritesNothingAndOnlyTheSecretaryRecordsFindings() {
        Fixture f = branch(1, List.of("违二"));
        say(f.recorder().userId(), "违规 @违二 2025年3月5日 理由");
        assertThat(lastReply().template()).isEqualTo("refused");
        say(f.secretary().userId(), "违规 @违二 2025年3月6日 理由");
        press(f.committee().userId(), card("finding-confirm"), "finding-reject");
        assertThat(facts(f.member(0).id())).isEmpty();
        assertThat(lastReply().template()).isEqualTo("finding-rejected");
        say(f.secretary().userId(), "违规 @违二");
        assertThat(lastReply().template()).isEqualTo("finding-usage");
    }

    @Test
    void anAcceptedDisputeWritesACorrectingFactEvenInALockedQuarter() {
        Fixture f = branch(1, List.of("议一"));
        sendFile(f.recorder().userId(), "", "九月.csv", csv("月份,2025-09\n姓名,userid,学习强国未登录天数,每日一题积分,党费\n"
                + "议一," + f.member(0).userId() + ",5,15,按时\n"));
        say(f.recorder().userId(), "记录 支部大会 2025年9月10日");
        locks.lock(f.branch().id(), 2025, 3, f.secretary().userId(), cn.jifending.audit.Source.system("test"));

        say(f.member(0).userId(), "异议 2025年9月 学习强国 1 我只有1天没登录，有截图");
        assertThat(lastReply().template()).isEqualTo("objection-submitted");
        Reply card = card("objection-decision");
        assertThat(card.recipients()).contains(f.secretary().userId(), f.committee().userId());
        assertThat(card.body()).contains("原记录：5", "本人认为：1");

        press(f.member(0).userId(), card, "objection-accept");
        assertThat(lastReply().template()).as("a member decides no objection, not even their own").isEqualTo("refused");
        press(f.committee().userId(), card, "objection-accept");
        assertThat(facts(f.member(0).id())).contains("XUEXI_MISSED_DAYS xuexi_login 2025-09-01 1")
                .doesNotContain("XUEXI_MISSED_DAYS xuexi_login 2025-09-01 5");
        assertThat(replies()).filteredOn(r -> "objection-accepted".equals(r.template()))
                .extracting(Reply::recipients).contains(f.member(0).userId());

        say(f.member(0).userId(), "异议 2025年9月10日 支部大会 签到表漏签");
        press(f.secretary().userId(), card("objection-decision"), "objection-reject");
        assertThat(facts(f.member(0).id())).contains("ATTENDANCE branch_congress 2025-09-10 ABSENT");
        assertThat(lastReply().template()).isEqualTo("objection-rejected");
    }

    @Test
    void disputesAnswerClearlyWhenThereIsNothingToDispute() {
        Fixture f = branch(1, List.of("议二"));
        say(f.member(0).userId(), "异议 2025年1月 每日一题 15 漏记了");
        assertThat(lastReply().template()).isEqualTo("objection-nothing");
        say(f.member(0).userId(), "异议 123 驳回不合理");
        assertThat(lastReply().template()).as("a declaration number belongs to 申诉").isEqualTo("objection-use-appeal");
        say(f.member(0).userId(), "异议 一月");
        assertThat(lastReply().template()).isEqualTo("objection-usage");
        say(f.member(0).userId(), "异议 2025年1月 每日一题 漏记了");
        assertThat(lastReply().template()).isEqualTo("objection-value-missing");
    }

    @Test
    void theRecordersOwnCorrectionWritesACorrectingFactWithTheReason() {
        Fixture f = branch(1, List.of("更一"));
        say(f.recorder().userId(), "记录 组织生活会 2025年10月15日");
        long factId = count("SELECT id FROM ledger_fact WHERE member_id = ?", f.member(0).id());

        say(f.recorder().userId(), "更正 " + factId + " 出席 签到表漏看了");
        assertThat(lastReply().template()).isEqualTo("correction-recorded");
        assertThat(facts(f.member(0).id())).containsExactly("ATTENDANCE org_life_meeting 2025-10-15 PRESENT");
        assertThat(jdbc.sql("SELECT reason FROM ledger_fact WHERE corrects = :id").param("id", factId)
                .query(String.class).single()).isEqualTo("签到表漏看了");

        say(f.recorder().userId(), "更正 " + factId + " 缺席 再改");
        assertThat(lastReply().template()).isEqualTo("correction-superseded");
        say(f.recorder().userId(), "更正 " + factId + " 请假 想请假");
        assertThat(lastReply().template()).isIn("correction-superseded", "correction-bad-value");
        say("demo-recorder", "更正 " + factId + " 缺席 别的支部");
        assertThat(lastReply().template()).isEqualTo("recording-refused");
        say(f.recorder().userId(), "更正 abc");
        assertThat(lastReply().template()).isEqualTo("correction-usage");

        long newest = count("SELECT id FROM ledger_fact WHERE corrects = ?", factId);
        say(f.recorder().userId(), "更正 " + newest + " 请假 想请假");
        assertThat(lastReply().template()).isEqualTo("correction-bad-value");
        locks.lock(f.branch().id(), 2025, 4, f.secretary().userId(), cn.jifending.audit.Source.system("test"));
        say(f.recorder().userId(), "更正 " + newest + " 撤销 记错了");
        assertThat(lastReply().template()).isEqualTo("correction-locked");
        assertThat(facts(f.member(0).id())).containsExactly("ATTENDANCE org_life_meeting 2025-10-15 PRESENT");
    }

    @Test
    void aCorrectionCanCancelARecord() {
        Fixture f = branch(1, List.of("更二"));
        say(f.recorder().userId(), "记录 其他政治学习 2025年11月3日 出席 更二");
        long factId = count("SELECT id FROM ledger_fact WHERE member_id = ?", f.member(0).id());
        say(f.recorder().userId(), "更正 " + factId + " 撤销 重复登记");
        assertThat(facts(f.member(0).id())).isEmpty();
    }
}
