package cn.jifending.recording;

import cn.jifending.MariaDbTestBase;
import cn.jifending.bot.BotGateway;
import cn.jifending.bot.CardAction;
import cn.jifending.bot.InboundMessage;
import cn.jifending.organization.Actor;
import cn.jifending.organization.Branch;
import cn.jifending.organization.Member;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.NewMember;
import cn.jifending.organization.Organization;
import cn.jifending.organization.Role;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Recording tests on the real database: each test builds its own branch (secretary, recorder, a
 * committee member and members, all since 2020) so tests never share months or people.
 */
@Import(TestFiles.Config.class)
public abstract class RecordingTestBase extends MariaDbTestBase {

    @Autowired protected BotGateway gateway;
    @Autowired protected JdbcClient jdbc;
    @Autowired protected Organization organization;
    @Autowired protected MemberDirectory directory;
    @Autowired protected TestFiles files;

    protected long outboxBefore;

    public record Reply(String recipients, String groupId, String template, String kind, String body,
                        String cardKind, String outTrackId, String cardParams, String title) {
    }

    /** A test branch: people by role, userids unique to the test. */
    public record Fixture(Branch branch, Member secretary, Member recorder, Member committee, List<Member> members) {
        public Member member(int i) {
            return members.get(i);
        }
    }

    @BeforeEach
    void markOutbox() {
        outboxBefore = maxOutboxId();
    }

    protected Fixture branch(int members) {
        return branch(members, List.of());
    }

    /** A fresh branch; {@code names} gives the first members' names (others get generated ones). */
    protected Fixture branch(int members, List<String> names) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Actor by = Actor.system(cn.jifending.audit.Source.system("test"));
        long committeeId = directory.branches().get(0).committeeId();
        Branch b = organization.ensureBranch(committeeId, "测试支部" + tag, by);
        LocalDate since = LocalDate.of(2020, 1, 1);
        Member sec = organization.addMember(new NewMember("sec-" + tag, "书记" + tag, false, null, b.id(), null, since), by);
        Member rec = organization.addMember(new NewMember("rec-" + tag, "记分员" + tag, false, null, b.id(), null, since), by);
        Member com = organization.addMember(new NewMember("com-" + tag, "支委" + tag, false, null, b.id(), null, since), by);
        organization.grantRole(sec.id(), b.id(), Role.SECRETARY, by);
        organization.grantRole(rec.id(), b.id(), Role.RECORDER, by);
        organization.grantRole(com.id(), b.id(), Role.BRANCH_COMMITTEE_MEMBER, by);
        List<Member> list = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            String name = i < names.size() ? names.get(i) : "党员" + tag + "-" + i;
            list.add(organization.addMember(new NewMember("m" + i + "-" + tag, name, false, null, b.id(), null, since), by));
        }
        return new Fixture(b, sec, rec, com, list);
    }

    protected boolean say(String userId, String text) {
        return gateway.onMessage(new InboundMessage(UUID.randomUUID().toString(), userId, "",
                InboundMessage.Conversation.ONE_TO_ONE, null, text, List.of(), Instant.now()));
    }

    protected boolean sendFile(String userId, String text, String fileName, byte[] content) {
        return gateway.onMessage(fileMessage(userId, text, fileName, content));
    }

    protected InboundMessage fileMessage(String userId, String text, String fileName, byte[] content) {
        var a = new InboundMessage.Attachment(InboundMessage.Attachment.Kind.FILE, files.put(content), fileName, false);
        return new InboundMessage(UUID.randomUUID().toString(), userId, "", InboundMessage.Conversation.ONE_TO_ONE,
                null, text, List.of(a), Instant.now());
    }

    protected boolean sendPicture(String userId, String code) {
        var a = new InboundMessage.Attachment(InboundMessage.Attachment.Kind.PICTURE, code, "sheet.jpg", false);
        return gateway.onMessage(new InboundMessage(UUID.randomUUID().toString(), userId, "",
                InboundMessage.Conversation.ONE_TO_ONE, null, "", List.of(a), Instant.now()));
    }

    protected boolean press(String userId, Reply card, String actionId) {
        Map<String, String> params = new java.util.HashMap<>();
        String json = card.cardParams();
        var m = java.util.regex.Pattern.compile("\"requestId\"\\s*:\\s*\"(\\d+)\"").matcher(json);
        if (m.find()) {
            params.put("requestId", m.group(1));
        }
        return gateway.onCardAction(new CardAction(card.outTrackId(), userId, actionId, params, null));
    }

    protected static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    protected long maxOutboxId() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_message").query(Long.class).single();
    }

    /** Everything put in the outbox since the test started (or since {@link #markOutbox}). */
    protected List<Reply> replies() {
        return jdbc.sql("SELECT * FROM outbox_message WHERE id > :before ORDER BY id")
                .param("before", outboxBefore)
                .query((rs, n) -> new Reply(rs.getString("recipients"), rs.getString("group_id"),
                        rs.getString("template"), rs.getString("kind"), rs.getString("body"),
                        rs.getString("template"), rs.getString("out_track_id"), rs.getString("card_params"),
                        rs.getString("title")))
                .list();
    }

    protected Reply lastReply() {
        List<Reply> r = replies();
        return r.get(r.size() - 1);
    }

    protected Reply card(String cardKind) {
        return replies().stream().filter(r -> cardKind.equals(r.cardKind()) && "CARD".equals(r.kind()))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no card " + cardKind + " in " + replies()));
    }

    protected void resetOutbox() {
        outboxBefore = maxOutboxId();
    }

    /** Live (not cancelled) facts of a member: kind, item, date, value. */
    protected List<String> facts(long memberId) {
        return jdbc.sql("SELECT CONCAT(f.kind, ' ', COALESCE(f.item, ''), ' ', f.occurred_on, ' ', "
                        + "COALESCE(f.fact_value, '')) FROM ledger_fact f WHERE f.member_id = :m AND f.kind <> 'REVERSAL' "
                        + "AND NOT EXISTS (SELECT 1 FROM ledger_fact c WHERE c.corrects = f.id) ORDER BY f.id")
                .param("m", memberId).query(String.class).list();
    }

    protected long count(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (int i = 0; i < params.length; i++) {
            spec = spec.param(i + 1, params[i]);
        }
        return spec.query(Long.class).single();
    }
}
