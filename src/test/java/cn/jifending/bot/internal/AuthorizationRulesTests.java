package cn.jifending.bot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.bot.Access;
import cn.jifending.bot.CardAction;
import cn.jifending.bot.CardActionContext;
import cn.jifending.bot.CardActionHandler;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.CommandHandler;
import cn.jifending.bot.InboundMessage;
import cn.jifending.notification.Outbox;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may use what, written out by hand: every chat keyword and every card action of every handler bean
 * against the demo users of each role, through the real {@link MessageRouter} / {@link CardActionRouter},
 * the handlers' real {@code access()} declarations and the real {@link Refusals} (audit log on the
 * database). Each handler's {@code handle} is replaced by a recorder, so the test sees only the gate: an
 * allowed person reaches the handler and nothing is refused; a refused person gets one {@code refused}
 * reply, the handler is not reached, and exactly one {@code bot.refused} audit row names them, the keyword
 * and the rule. A keyword or action missing from the table fails {@link #theTableCoversEveryHandler}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationRulesTests extends MariaDbTestBase {

    /** The demo users by letter: Member, Recorder, branch Committee member, group Leader, Secretary, Admin. */
    private static final Map<Character, String> PEOPLE = Map.of(
            'M', "demo-member-1", 'R', "demo-recorder", 'C', "demo-committee", 'L', "demo-leader",
            'S', "demo-secretary", 'A', "demo-admin");
    private static final String ALL = "MRCLSA";

    /** Chat keyword → who may use it. */
    private static final Map<String, String> KEYWORDS = table(
            "帮助", ALL, "help", ALL, "菜单", ALL, "?", ALL, "？", ALL,
            "我的积分", ALL, "积分", ALL, "积分明细", ALL, "明细", ALL, "我的申报", ALL, "申报记录", ALL,
            "申诉", ALL, "自选项目", ALL, "自选分", ALL, "公示异议", ALL, "异议", ALL, "季度积分", ALL, "积分图", ALL,
            "待审批", ALL, "待办", ALL, "待处理", ALL,
            "通过", "RCSA", "驳回", "RCSA", "调整分值", "RCSA", "调整", "RCSA",
            "记录", "RS", "模板", "RS", "导出", "RS", "本月记分", "RS", "更正", "RS",
            "支部积分", "RCLSA", "考评进度", "CLS",
            "开始考评", "S", "签名确认", "S", "年度审核", "S", "约谈", "S", "评议", "S", "评议模板", "S", "违规", "S",
            "年度报表", "SA", "导出台账", "RSA",
            "批准项目", "A", "不批准项目", "A",
            "投递失败", "A", "重发", "A", "同步通讯录", "A", "导入名单", "A", "全局进度", "A", "积分名单", "A", "抽查", "A");

    /** Card action id → who may press it (the card is sent to demo-member-1 only). */
    private static final Map<String, String> ACTIONS = table(
            "declaration.confirm", ALL, "declaration.cancel", ALL,
            "evaluation-confirm", ALL, "evaluation-object", ALL, "publicity-object", ALL,
            "acknowledge", "M",
            "declaration.approve", "RCSA", "declaration.reject", "RCSA", "declaration.adjust", "RCSA",
            "dispute.uphold", "CSA", "dispute.overturn", "CSA",
            "evaluation-uphold", "CLS", "evaluation-correct", "CLS", "publicity-uphold", "CLS", "publicity-correct", "CLS",
            "objection-accept", "CS", "objection-reject", "CS",
            "annual-branch-sign", "CS",
            "finding-confirm", "C", "finding-reject", "C",
            "evaluation-sign", "S", "excuse-approve", "S", "excuse-refuse", "S",
            "annual-approve", "A", "spot-check-pass", "A", "spot-check-problem", "A",
            "branch-item.approve", "A", "branch-item.reject", "A");

    @Autowired List<CommandHandler> commandHandlers;
    @Autowired List<CardActionHandler> cardHandlers;
    @Autowired Refusals refusals;
    @Autowired MessageTemplates templates;
    @Autowired MemberDirectory directory;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    private final List<String> handled = new ArrayList<>();
    private final List<String> replies = new ArrayList<>();
    private final Outbox outbox = new Outbox() {
        @Override
        public void message(List<String> userIds, String template, Map<String, ?> model) {
            replies.add(template);
        }

        @Override
        public void groupMessage(String groupId, String template, Map<String, ?> model) {
            replies.add(template);
        }

        @Override
        public void card(List<String> userIds, String cardKind, String outTrackId, Map<String, ?> params) {
        }

        @Override
        public void updateCard(String outTrackId, String cardKind, Map<String, ?> params) {
        }

        @Override
        public void file(List<String> userIds, String fileName, byte[] content) {
        }
    };

    @Test
    void theTableCoversEveryHandler() {
        Set<String> keywords = new TreeSet<>();
        commandHandlers.forEach(h -> keywords.addAll(h.keywords()));
        Set<String> actions = new TreeSet<>();
        cardHandlers.forEach(h -> actions.addAll(h.actionIds()));
        assertThat(keywords).hasSizeGreaterThan(40);
        assertThat(new TreeSet<>(KEYWORDS.keySet())).isEqualTo(keywords);
        assertThat(new TreeSet<>(ACTIONS.keySet())).isEqualTo(actions);
    }

    Stream<Arguments> keywordCases() {
        return cases(KEYWORDS);
    }

    Stream<Arguments> actionCases() {
        return cases(ACTIONS);
    }

    @ParameterizedTest(name = "{0} by {1}: allowed {2}")
    @MethodSource("keywordCases")
    void eachKeywordIsForItsPeopleOnly(String keyword, String userId, boolean allowed) {
        MessageRouter router = new MessageRouter(List.of(), commandHandlers.stream().map(this::recording).toList(),
                refusals, templates);
        Person who = directory.findByUserId(userId).orElseThrow();
        long before = refusedRows(userId, keyword);
        ChatContext ctx = new ChatContext(new InboundMessage(UUID.randomUUID().toString(), userId, "",
                InboundMessage.Conversation.ONE_TO_ONE, null, keyword + " 2026", List.of(), Instant.now()), who, outbox);
        new TransactionTemplate(transactions).executeWithoutResult(status -> router.route(ctx));
        assertGate(keyword, userId, allowed, before);
    }

    @ParameterizedTest(name = "{0} by {1}: allowed {2}")
    @MethodSource("actionCases")
    void eachCardActionIsForItsPeopleOnly(String actionId, String userId, boolean allowed) {
        CardActionRouter router = new CardActionRouter(cardHandlers.stream().map(this::recording).toList(), refusals);
        Person who = directory.findByUserId(userId).orElseThrow();
        long before = refusedRows(userId, actionId);
        CardAction press = new CardAction("track-" + UUID.randomUUID(), userId, actionId, Map.of("roundId", "1"),
                Instant.now(), Map.of(), "notice", List.of("demo-member-1"));
        new TransactionTemplate(transactions).executeWithoutResult(
                status -> router.route(new CardActionContext(press, who, outbox)));
        assertGate(actionId, userId, allowed, before);
    }

    @Test
    void helpListsOnlyTheCommandsThePersonMayUse() {
        List<Map<String, ?>> models = new ArrayList<>();
        Outbox capture = new Outbox() {
            @Override
            public void message(List<String> userIds, String template, Map<String, ?> model) {
                models.add(model);
            }

            @Override
            public void groupMessage(String groupId, String template, Map<String, ?> model) {
            }

            @Override
            public void card(List<String> userIds, String cardKind, String outTrackId, Map<String, ?> params) {
            }

            @Override
            public void updateCard(String outTrackId, String cardKind, Map<String, ?> params) {
            }

            @Override
            public void file(List<String> userIds, String fileName, byte[] content) {
            }
        };
        CommandHandler help = commandHandlers.stream().filter(h -> h.keywords().contains("帮助")).findFirst().orElseThrow();
        for (String userId : List.of("demo-member-1", "demo-admin")) {
            Person who = directory.findByUserId(userId).orElseThrow();
            help.handle(new ChatContext(new InboundMessage(UUID.randomUUID().toString(), userId, "",
                    InboundMessage.Conversation.ONE_TO_ONE, null, "帮助", List.of(), Instant.now()), who, capture));
        }
        assertThat(models).hasSize(2);
        assertThat(commands(models.get(0))).contains("我的积分", "申诉", "季度积分")
                .doesNotContain("抽查", "导入名单", "开始考评", "记录", "支部积分");
        assertThat(models.get(0).get("sections").toString()).doesNotContain("机关党委");
        assertThat(commands(models.get(1))).contains("我的积分", "抽查", "导入名单", "支部积分")
                .doesNotContain("开始考评", "记录");
    }

    /** The keywords listed by the help reply's {{#commands}} section. */
    private static List<Object> commands(Map<String, ?> model) {
        return ((List<?>) model.get("commands")).stream().map(e -> ((Map<?, ?>) e).get("value")).map(Object.class::cast)
                .toList();
    }

    private void assertGate(String name, String userId, boolean allowed, long before) {
        if (allowed) {
            assertThat(handled).as("reaches the handler").containsExactly(name);
            assertThat(replies).as("no refusal").doesNotContain("refused");
            assertThat(refusedRows(userId, name)).isEqualTo(before);
        } else {
            assertThat(handled).as("the handler is not reached").isEmpty();
            assertThat(replies).as("one refusal reply").containsExactly("refused");
            assertThat(refusedRows(userId, name)).as("one bot.refused audit row").isEqualTo(before + 1);
        }
        handled.clear();
        replies.clear();
    }

    private long refusedRows(String userId, String name) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'bot.refused' AND actor = ? AND subject_id = ?"
                + " AND details LIKE '%\"rule\":%'").params(userId, name).query(Long.class).single();
    }

    private CommandHandler recording(CommandHandler real) {
        return new CommandHandler() {
            @Override
            public Set<String> keywords() {
                return real.keywords();
            }

            @Override
            public Access access() {
                return real.access();
            }

            @Override
            public void handle(ChatContext ctx) {
                handled.add(ctx.keyword());
            }
        };
    }

    private CardActionHandler recording(CardActionHandler real) {
        return new CardActionHandler() {
            @Override
            public Set<String> actionIds() {
                return real.actionIds();
            }

            @Override
            public Access access() {
                return real.access();
            }

            @Override
            public void handle(CardActionContext ctx) {
                handled.add(ctx.action().actionId());
            }
        };
    }

    private static Stream<Arguments> cases(Map<String, String> table) {
        return table.entrySet().stream().flatMap(e -> PEOPLE.entrySet().stream()
                .map(p -> Arguments.of(e.getKey(), p.getValue(), e.getValue().indexOf(p.getKey()) >= 0)));
    }

    private static Map<String, String> table(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (out.put(pairs[i], pairs[i + 1]) != null) {
                throw new IllegalArgumentException("twice in the table: " + pairs[i]);
            }
        }
        return out;
    }
}
