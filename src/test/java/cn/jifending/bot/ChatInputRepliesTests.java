package cn.jifending.bot;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each command that reads a year, quarter, day or id, sent through the bot's door on a real database
 * with that word unusable: the sender gets the grammar's own {@code input-*} answer, never the
 * default year in its place and never {@code handling-failed}. Rows are messages as people send them.
 */
class ChatInputRepliesTests extends MariaDbTestBase {

    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;

    static Stream<Arguments> messages() {
        return Stream.of(
                row("demo-secretary", "年度审核 26", "input-year-expected"),
                row("demo-secretary", "年度审核 2025年8月", "input-year-expected"),
                row("demo-secretary", "年度审核 2099", "input-year-future"),
                row("demo-admin", "积分名单 26年", "input-year-expected"),
                row("demo-admin", "全局进度 2099", "input-year-future"),
                row("demo-admin", "全局进度 1999", "input-year-invalid"),
                row("demo-member-1", "季度积分 今年上半年", "input-year-expected"),
                row("demo-member-1", "积分图 2099", "input-year-future"),
                row("demo-secretary", "评议 2099 @赵强 优秀", "input-year-future"),
                row("demo-secretary", "年度报表 2099", "input-year-future"),
                row("demo-admin", "导出台账 第一党支部 2099", "input-year-future"),
                row("demo-secretary", "开始考评 Q5", "input-quarter-invalid"),
                row("demo-secretary", "开始考评 1999Q1", "input-year-invalid"),
                row("demo-secretary", "签名确认 第五季度", "input-quarter-invalid"),
                row("demo-secretary", "考评进度 2026Q7", "input-quarter-invalid"),
                row("demo-secretary", "开始考评 下个季度", "evaluation-open-usage"),
                row("demo-secretary", "约谈 @赵强 2099-01-01 谈了原因 整改措施：每天学习", "input-date-future"),
                row("demo-secretary", "约谈 @赵强 2月30日 谈了原因 整改措施：每天学习", "input-date-invalid"),
                row("demo-admin", "抽查 #abc 合格", "input-id-invalid"),
                row("demo-admin", "抽查 5 种子", "spot-check-usage"));
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @MethodSource("messages")
    void anUnusableWordIsAnsweredInWords(String user, String text, String template) {
        long before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_message").query(Long.class).single();
        gateway.onMessage(new InboundMessage(UUID.randomUUID().toString(), user, "", InboundMessage.Conversation.ONE_TO_ONE,
                null, text, List.of(), Instant.now()));
        assertThat(jdbc.sql("SELECT template FROM outbox_message WHERE id > :before ORDER BY id")
                .param("before", before).query(String.class).list()).containsExactly(template);
    }

    private static Arguments row(String user, String text, String template) {
        return Arguments.of(user, text, template);
    }
}
