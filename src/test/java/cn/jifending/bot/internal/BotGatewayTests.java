package cn.jifending.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.bot.BotGateway;
import cn.jifending.bot.CardAction;
import cn.jifending.bot.InboundMessage;
import cn.jifending.bot.InboundMessage.Attachment;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bot's door on a real database, with the demo directory (the test fallback until the
 * organization module's directory lands). Replies are read from the outbox, where they wait.
 */
class BotGatewayTests extends MariaDbTestBase {

    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;

    private long outboxBefore;

    record Reply(String recipients, String groupId, String template, String body) {
    }

    @BeforeEach
    void markOutbox() {
        outboxBefore = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_message").query(Long.class).single();
    }

    @Test
    void helpShowsTheSectionsOfEveryRoleTheSenderHolds() {
        assertThat(help("demo-member-1")).contains("赵强", "**党员**", "申报")
                .doesNotContain("**记分员**", "**支部书记**", "**机关党委管理员**");
        assertThat(help("demo-probationary")).contains("**党员**").doesNotContain("**支部书记**");
        assertThat(help("demo-recorder")).contains("**党员**", "**记分员**").doesNotContain("**支部书记**");
        assertThat(help("demo-secretary")).contains("**党员**", "**支部书记**", "通过")
                .doesNotContain("**机关党委管理员**");
        assertThat(help("demo-committee")).contains("**党员**", "**支部委员**").doesNotContain("**支部书记**");
        assertThat(help("demo-admin")).contains("**机关党委管理员**", "**党员**").doesNotContain("**支部书记**");
    }

    @Test
    void keywordsAreTheFirstWordAndCaseInsensitive() {
        gateway.onMessage(text("demo-member-1", "HELP 我想看看"));
        assertThat(replies()).singleElement().extracting(Reply::template).isEqualTo("help");
    }

    @Test
    void aRedeliveredMessageHasOneEffect() {
        InboundMessage m = text("demo-member-1", "帮助");

        assertThat(gateway.onMessage(m)).isTrue();
        assertThat(gateway.onMessage(m)).isFalse();
        assertThat(gateway.onMessage(m)).isFalse();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM inbound_event WHERE msg_id = :id").param("id", m.msgId())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(replies()).hasSize(1);
    }

    @Test
    void anUnknownSenderGetsAPoliteRefusalAndNothingElse() {
        InboundMessage m = text("stranger-" + UUID.randomUUID(), "帮助");

        assertThat(gateway.onMessage(m)).isTrue();

        assertThat(replies()).singleElement().satisfies(r -> {
            assertThat(r.template()).isEqualTo("unknown-sender");
            assertThat(r.recipients()).isEqualTo(m.senderUserId());
            assertThat(r.body()).contains("您好", "没有找到您的信息");
        });
        assertThat(jdbc.sql("SELECT known_sender FROM inbound_event WHERE msg_id = :id").param("id", m.msgId())
                .query(Boolean.class).single()).isFalse();
        assertThat(gateway.onMessage(m)).as("a redelivery is not refused twice").isFalse();
        assertThat(replies()).hasSize(1);
    }

    @Test
    void anUnknownSendersCardPressIsRefusedToo() {
        String stranger = "stranger-" + UUID.randomUUID();
        assertThat(gateway.onCardAction(new CardAction("t-1", stranger, "acknowledge", Map.of(), null))).isTrue();
        assertThat(replies()).extracting(Reply::template).containsExactly("unknown-sender");
    }

    @Test
    void anOverLongTextIsRecordedAndAnsweredPolitelyWithoutReachingAHandler() {
        InboundMessage m = text("demo-member-1", "申报 志愿服务 昨天 " + "很长的说明".repeat(1000));

        assertThat(gateway.onMessage(m)).isTrue();

        assertThat(replies()).singleElement().satisfies(r -> {
            assertThat(r.template()).isEqualTo("message-too-long");
            assertThat(r.body()).contains("5011", "4000");
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM declaration_draft WHERE user_id = 'demo-member-1' "
                + "AND source_msg_id = :id").param("id", m.msgId()).query(Long.class).single()).isZero();
        assertThat(gateway.onMessage(m)).as("recorded: a redelivery has no second effect").isFalse();
    }

    @Test
    void unrecognizedTextIsAnsweredWithHowToGetHelp() {
        gateway.onMessage(text("demo-member-2", "今天天气怎么样"));
        assertThat(replies()).singleElement().satisfies(r -> {
            assertThat(r.template()).isEqualTo("not-understood");
            assertThat(r.body()).contains("今天天气怎么样", "帮助");
        });
    }

    @Test
    void anEmptyOrLongUnrecognizedTextIsQuotedInWordsOrCutWithAMark() {
        gateway.onMessage(text("demo-member-2", " "));
        String thirtyOne = "今天天气怎么样今天天气怎么样今天天气怎么样今天天气怎么样今天天";
        gateway.onMessage(text("demo-member-2", thirtyOne));
        assertThat(replies()).extracting(Reply::body).satisfiesExactly(
                empty -> assertThat(empty).contains("没有看懂“（空消息）”"),
                cut -> assertThat(cut).contains("没有看懂“" + thirtyOne.substring(0, 29) + "…”"));
    }

    @Test
    void aNoticeWithoutATitleIsAcknowledgedAsANotice() {
        var press = notice("track-" + UUID.randomUUID(), "demo-member-1", Map.of("title", " "), List.of("demo-member-1"));
        assertThat(gateway.onCardAction(press)).isTrue();
        assertThat(replies()).extracting(Reply::body).anySatisfy(b -> assertThat(b).contains("已确认收到“通知”"));
    }

    @Test
    void aPictureWithNoPendingDeclarationIsAnsweredWithHowToDeclare() {
        var picture = new Attachment(Attachment.Kind.PICTURE, "code-1", "photo.jpg", false);
        gateway.onMessage(new InboundMessage(UUID.randomUUID().toString(), "demo-member-1", "", null, null, "",
                List.of(picture), Instant.now()));
        assertThat(replies()).singleElement().satisfies(r -> {
            assertThat(r.template()).isEqualTo("attachment-without-declaration");
            assertThat(r.body()).contains("申报");
        });
    }

    @Test
    void inAGroupTheReplyGoesToTheGroup() {
        gateway.onMessage(new InboundMessage(UUID.randomUUID().toString(), "demo-member-1", "赵强",
                InboundMessage.Conversation.GROUP, "cid-branch-1", "帮助", List.of(), Instant.now()));
        assertThat(replies()).singleElement().satisfies(r -> {
            assertThat(r.groupId()).isEqualTo("cid-branch-1");
            assertThat(r.recipients()).isEmpty();
        });
    }

    @Test
    void aCardPressIsRoutedByActionIdOnceAndUpdatesTheCard() {
        var press = notice("track-" + UUID.randomUUID(), "demo-member-1", Map.of(),
                List.of("demo-member-1", "demo-member-2"));

        assertThat(gateway.onCardAction(press)).isTrue();
        assertThat(gateway.onCardAction(press)).as("the same card + action + user + inputs is handled once").isFalse();

        assertThat(replies()).extracting(Reply::template).containsExactly("notice-acknowledged", "notice-acknowledged");
        assertThat(replies().get(0).body()).contains("赵强 已确认");
        assertThat(replies().get(1).body()).contains("学习通知");
        var otherUser = notice(press.outTrackId(), "demo-member-2", Map.of(), press.recipients());
        assertThat(gateway.onCardAction(otherUser)).as("another user pressing the same card is a new event").isTrue();
    }

    @Test
    void theSamePressWithOtherInputsIsANewActionButWithTheSameInputsItIsNot() {
        String track = "track-" + UUID.randomUUID();
        var recipients = List.of("demo-member-1");
        assertThat(gateway.onCardAction(notice(track, "demo-member-1", Map.of(), recipients))).isTrue();
        assertThat(gateway.onCardAction(notice(track, "demo-member-1", Map.of("reason", "照片看不清"), recipients)))
                .as("驳回 again, now with its reason").isTrue();
        assertThat(gateway.onCardAction(notice(track, "demo-member-1", Map.of("reason", " 照片看不清 "), recipients)))
                .as("a redelivery of that press").isFalse();
        assertThat(gateway.onCardAction(notice(track, "demo-member-1", Map.of("reason", "另一个理由"), recipients)))
                .isTrue();
    }

    @Test
    void onlyARecipientOfANoticeMayAcknowledgeItAndNothingElseCanBeAcknowledged() {
        gateway.onCardAction(notice("track-" + UUID.randomUUID(), "demo-member-1", Map.of(),
                List.of("demo-member-2")));
        gateway.onCardAction(new CardAction("track-" + UUID.randomUUID(), "demo-member-1", "acknowledge",
                Map.of("title", "改过的标题", "content", "改过的内容"), null, Map.of(), "declaration-approval",
                List.of("demo-member-1")));
        gateway.onCardAction(new CardAction("track-" + UUID.randomUUID(), "demo-member-1", "acknowledge",
                Map.of("title", "改过的标题"), null));

        assertThat(replies()).extracting(Reply::template).containsExactly("refused",
                "notice-acknowledge-refused", "refused");
    }

    /** An acknowledge press on a notice card as a channel reports it (kind and recipients known). */
    private static CardAction notice(String track, String user, Map<String, String> inputs, List<String> recipients) {
        var params = new java.util.HashMap<>(Map.of("title", "学习通知", "content", "周五学习"));
        params.putAll(inputs);
        return new CardAction(track, user, "acknowledge", params, null, inputs, "notice", recipients);
    }

    @Test
    void anUnknownCardActionIsAnswered() {
        gateway.onCardAction(new CardAction("track-" + UUID.randomUUID(), "demo-member-1", "no-such-action", Map.of(), null));
        assertThat(replies()).extracting(Reply::template).containsExactly("card-action-unknown");
    }

    private String help(String userId) {
        long before = maxOutboxId();
        gateway.onMessage(text(userId, "帮助"));
        return jdbc.sql("SELECT body FROM outbox_message WHERE id > :before AND template = 'help'")
                .param("before", before).query(String.class).single();
    }

    private long maxOutboxId() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_message").query(Long.class).single();
    }

    static InboundMessage text(String userId, String text) {
        return new InboundMessage(UUID.randomUUID().toString(), userId, "", InboundMessage.Conversation.ONE_TO_ONE,
                null, text, List.of(), Instant.now());
    }

    private List<Reply> replies() {
        return jdbc.sql("SELECT recipients, group_id, template, body FROM outbox_message WHERE id > :before ORDER BY id")
                .param("before", outboxBefore)
                .query((rs, n) -> new Reply(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
