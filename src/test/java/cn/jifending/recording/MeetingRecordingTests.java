package cn.jifending.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MeetingRecordingTests extends RecordingTestBase {

    @Autowired cn.jifending.evidence.EvidenceStore evidence;

    @Test
    void aChatRecordWritesPresentAndAbsentAndAsksTheSecretaryAboutExcuses() {
        Fixture f = branch(4, List.of("张三", "李四", "王五", "赵六"));

        say(f.recorder().userId(), "记录 支部大会 2025年3月12日 出席 @张三 @李四 请假 @王五");

        assertThat(lastReplyTemplate()).isEqualTo("meeting-recorded");
        assertThat(lastReply().body()).contains("- 出席 2 人：张三、李四\n", "- 请假 1 人：王五\n")
                .containsPattern("- 缺席 4 人：([^、\\n]+、){3}[^、\\n]+\\n");
        assertThat(facts(f.member(0).id())).containsExactly("ATTENDANCE branch_congress 2025-03-12 PRESENT");
        assertThat(facts(f.member(1).id())).containsExactly("ATTENDANCE branch_congress 2025-03-12 PRESENT");
        assertThat(facts(f.member(2).id())).as("no fact until the secretary decides").isEmpty();
        assertThat(facts(f.member(3).id())).containsExactly("ATTENDANCE branch_congress 2025-03-12 ABSENT");
        assertThat(facts(f.secretary().id())).containsExactly("ATTENDANCE branch_congress 2025-03-12 ABSENT");
        Reply card = card("excuse-approval");
        assertThat(card.recipients()).isEqualTo(f.secretary().userId());
        assertThat(card.body()).contains("王五", "支部大会");

        assertThat(press(f.recorder().userId(), card, "excuse-approve")).isTrue();
        assertThat(facts(f.member(2).id())).as("only the secretary decides").isEmpty();
        assertThat(lastReplyTemplate()).isEqualTo("refused");

        press(f.secretary().userId(), card, "excuse-approve");
        assertThat(facts(f.member(2).id())).containsExactly("ATTENDANCE branch_congress 2025-03-12 EXCUSED");
        assertThat(replies()).extracting(Reply::kind).contains("CARD_UPDATE");
        long meetingId = count("SELECT id FROM rec_meeting WHERE branch_id = ?", f.branch().id());
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'recording.meeting.recorded' AND subject_id = ?",
                String.valueOf(meetingId))).isEqualTo(1);
    }

    @Test
    void anExcuseDecidedAfterTheQuarterWasSignedIsToldAndNotWritten(@Autowired cn.jifending.ledger.PeriodLocks locks) {
        Fixture f = branch(2, List.of("卫一", "卫二"));
        say(f.recorder().userId(), "记录 党小组会 2025年2月11日 出席 卫一 请假 卫二");
        Reply card = card("excuse-approval");
        locks.lock(f.branch().id(), 2025, 1, f.secretary().userId(), cn.jifending.audit.Source.system("test"));
        press(f.secretary().userId(), card, "excuse-approve");
        assertThat(lastReplyTemplate()).isEqualTo("excuse-locked");
        assertThat(lastReply().body()).contains("卫二", "党小组会", "锁定");
        assertThat(facts(f.member(1).id())).isEmpty();
    }

    @Test
    void yesterdayIsADateForTheRecorderAsForADeclaration(@Autowired java.time.Clock clock) {
        Fixture f = branch(1, List.of("昨一"));
        java.time.LocalDate yesterday = java.time.LocalDate.now(clock).minusDays(1);

        say(f.recorder().userId(), "记录 支部党课 昨天 出席 @昨一");

        assertThat(lastReplyTemplate()).isEqualTo("meeting-recorded");
        assertThat(facts(f.member(0).id())).containsExactly("ATTENDANCE party_lecture " + yesterday + " PRESENT");
    }

    @Test
    void anImpossibleOrFutureDayIsRefusedInWords() {
        Fixture f = branch(1, List.of("错一"));
        say(f.recorder().userId(), "记录 支部党课 2月30日 出席 @错一");
        assertThat(lastReply().body()).contains("“2月30日”不是一个有效的日期");
        say(f.recorder().userId(), "记录 支部党课 2099-01-05 出席 @错一");
        assertThat(lastReply().body()).contains("2099年1月5日 还没到");
        assertThat(facts(f.member(0).id())).isEmpty();
    }

    @Test
    void aRefusedExcuseIsAbsent() {
        Fixture f = branch(2, List.of("钱一", "孙二"));
        say(f.recorder().userId(), "记录 党小组会 2025-04-08 出席 钱一 请假 孙二");
        press(f.secretary().userId(), card("excuse-approval"), "excuse-refuse");
        assertThat(facts(f.member(1).id())).containsExactly("ATTENDANCE group_meeting 2025-04-08 ABSENT");
        press(f.secretary().userId(), card("excuse-approval"), "excuse-approve");
        assertThat(facts(f.member(1).id())).as("decided once").containsExactly("ATTENDANCE group_meeting 2025-04-08 ABSENT");
    }

    @Test
    void unknownAndAmbiguousNamesAreListedAndNothingIsWritten() {
        Fixture f = branch(3, List.of("张伟", "张伟", "李娜"));
        say(f.recorder().userId(), "记录 主题党日 2025年5月20日 出席 @张伟 @李那");
        Reply r = lastReply();
        assertThat(r.template()).isEqualTo("recording-rejected");
        assertThat(r.body()).contains("“张伟”有重名", f.member(0).userId(), f.member(1).userId(), "没有“李那”", "李娜");
        assertThat(facts(f.member(2).id())).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM rec_meeting WHERE branch_id = ?", f.branch().id())).isZero();
    }

    @Test
    void aNameOnADayBeforeAnyoneJoinedIsUnknownWithWordsNotADashForTheCandidates() {
        Fixture f = branch(1, List.of("周二"));
        say(f.recorder().userId(), "记录 集中学习 2019年12月5日 出席 @周二");
        assertThat(lastReply().body()).contains("本支部没有“周二”。本支部名册中还没有党员。")
                .doesNotContain("可能是");
    }

    @Test
    void badCommandsGetClearReplies() {
        Fixture f = branch(1, List.of("周一"));
        say(f.recorder().userId(), "记录 开会 明天 出席 周一");
        assertThat(lastReply().body()).contains("看不懂“开会”", "请写明会议", "请写明日期");
        say(f.recorder().userId(), "记录 集中学习 2099年1月5日 出席 周一");
        assertThat(lastReply().body()).contains("还没到");
        say(f.recorder().userId(), "记录 集中学习 2025年1月5日 出席 周一");
        say(f.recorder().userId(), "记录 集中学习 2025年1月5日 出席 周一");
        assertThat(lastReply().body()).contains("已经记录过");
        assertThat(facts(f.member(0).id())).hasSize(1);
        say(f.recorder().userId(), "记录");
        assertThat(lastReplyTemplate()).isEqualTo("meeting-usage");
        say(f.recorder().userId(), "记录 集中学习 2019年12月5日");
        assertThat(lastReply().body()).as("nobody had joined yet").contains("没有在册党员");
    }

    @Test
    void aRecorderOfAnotherBranchIsRefusedAndAudited() {
        Fixture f = branch(1, List.of("吴一"));
        long audits = count("SELECT COUNT(*) FROM audit_log WHERE action = 'recording.refused'");
        say("demo-recorder", "记录 " + f.branch().name() + " 集中学习 2025年2月3日 出席 吴一");
        assertThat(lastReplyTemplate()).isEqualTo("recording-refused");
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'recording.refused'")).isEqualTo(audits + 1);
        long refusedByRole = count("SELECT COUNT(*) FROM audit_log WHERE action = 'bot.refused'");
        say(f.member(0).userId(), "记录 集中学习 2025年2月3日 出席 吴一");
        assertThat(lastReplyTemplate()).as("a member is no recorder: refused by the router").isEqualTo("refused");
        assertThat(facts(f.member(0).id())).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'bot.refused'")).isEqualTo(refusedByRole + 1);
    }

    @Test
    void aPhotoOfThePaperSheetSentSoonAfterIsKeptAsEvidence() {
        Fixture f = branch(1, List.of("郑一"));
        say(f.recorder().userId(), "记录 支部党课 2025年6月3日 出席 郑一");
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 5, 6, 7, 8};
        String code = files.put(jpeg);
        sendPicture(f.recorder().userId(), code);
        assertThat(lastReplyTemplate()).isEqualTo("meeting-evidence-attached");
        var meeting = jdbc.sql("SELECT evidence_code, evidence_id FROM rec_meeting WHERE branch_id = :b")
                .param("b", f.branch().id()).query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)}).single();
        assertThat(meeting[0]).isEqualTo(code);
        // the bytes are kept at once: the channel's download link may be gone tomorrow
        assertThat(evidence.content((Long) meeting[1])).isEqualTo(jpeg);
        assertThat(evidence.find((Long) meeting[1]).orElseThrow().contentType()).contains("jpeg");
    }

    @Test
    void aSignInPhotoThatCannotBeFetchedIsToldAndNotAttached() {
        Fixture f = branch(1, List.of("郑三"));
        say(f.recorder().userId(), "记录 支部党课 2025年6月4日 出席 郑三");
        sendPicture(f.recorder().userId(), "gone-" + java.util.UUID.randomUUID());
        assertThat(lastReplyTemplate()).isEqualTo("evidence-download-failed");
        assertThat(lastReply().body()).contains("“sheet.jpg”没有下载成功").doesNotContain("“-”");
        sendPicture(f.recorder().userId(), files.put("不是图片".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(lastReplyTemplate()).isEqualTo("evidence-unsupported-type");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rec_meeting WHERE branch_id = :b AND evidence_id IS NULL")
                .param("b", f.branch().id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aPictureWithNoMeetingJustRecordedIsNotTakenAsEvidence() {
        Fixture f = branch(1, List.of("郑二"));
        sendPicture(f.recorder().userId(), "photo-code-2");
        assertThat(lastReplyTemplate()).isNotEqualTo("meeting-evidence-attached");
    }

    @Test
    void theSameMessageDeliveredTwiceRecordsOnce() {
        Fixture f = branch(1, List.of("冯一"));
        var m = new cn.jifending.bot.InboundMessage("dup-" + java.util.UUID.randomUUID(), f.recorder().userId(), "",
                null, null, "记录 集中学习 2025年9月2日 出席 冯一", List.of(), null);
        assertThat(gateway.onMessage(m)).isTrue();
        assertThat(gateway.onMessage(m)).isFalse();
        assertThat(facts(f.member(0).id())).hasSize(1);
    }

    private String lastReplyTemplate() {
        return lastReply().template();
    }
}
