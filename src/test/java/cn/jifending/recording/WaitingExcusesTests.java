package cn.jifending.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code 待审批} of a secretary lists the excuses (请假) waiting for them, oldest first, with the card to decide. */
class WaitingExcusesTests extends RecordingTestBase {

    @Test
    void theSecretarySeesPendingExcusesOldestFirstUntilDecided() {
        Fixture f = branch(3, List.of("钱一", "孙二", "李三"));
        say(f.recorder().userId(), "记录 党小组会 2025-04-08 出席 钱一 请假 孙二");
        Reply older = card("excuse-approval");
        say(f.recorder().userId(), "记录 支部大会 2025-04-15 出席 钱一 请假 李三");

        say(f.secretary().userId(), "待审批");
        String list = lastReply().body();
        assertThat(list).contains("共 2 项", "1. 请假：孙二，2025年4月8日 党小组会", "2. 请假：李三，2025年4月15日 支部大会",
                "记分员 " + f.recorder().name(), "在“请假审批：孙二”卡片上点 **同意** 或 **不同意**");

        say(f.recorder().userId(), "待审批");
        assertThat(lastReply().body()).as("the recorder decides no excuse").contains("没有等您处理的事项");
        say(f.committee().userId(), "待审批");
        assertThat(lastReply().body()).as("nor does a committee member").contains("没有等您处理的事项");

        press(f.secretary().userId(), older, "excuse-approve");
        say(f.secretary().userId(), "待审批");
        assertThat(lastReply().body()).contains("共 1 项", "1. 请假：李三").doesNotContain("孙二");
    }

    /** Each secretary sees their own branch's excuses only, with the names of its members and recorder. */
    @Test
    void aSecretarySeesNoOtherBranchsExcuses() {
        Fixture mine = branch(2, List.of("周一", "吴二"));
        Fixture other = branch(2, List.of("郑一", "王二"));
        say(mine.recorder().userId(), "记录 党小组会 2025-05-06 出席 周一 请假 吴二");
        say(other.recorder().userId(), "记录 党小组会 2025-05-06 出席 郑一 请假 王二");

        say(mine.secretary().userId(), "待审批");
        assertThat(lastReply().body()).contains("共 1 项", "1. 请假：吴二", "记分员 " + mine.recorder().name())
                .doesNotContain("王二", other.recorder().name());
        say(other.secretary().userId(), "待审批");
        assertThat(lastReply().body()).contains("共 1 项", "1. 请假：王二", "记分员 " + other.recorder().name())
                .doesNotContain("吴二");
    }
}
