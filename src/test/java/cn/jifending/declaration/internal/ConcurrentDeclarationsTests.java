package cn.jifending.declaration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.bot.BotGateway;
import cn.jifending.bot.CardAction;
import cn.jifending.bot.InboundMessage;
import cn.jifending.bot.InboundMessage.Attachment;
import cn.jifending.organization.Branch;
import cn.jifending.organization.Member;
import cn.jifending.organization.OrgFixture;
import cn.jifending.organization.Organization;
import cn.jifending.organization.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Declarations as DingTalk drives them, many at once, on the real MariaDB (InnoDB, repeatable
 * read): 申报 … with a photo, then 确认, each message through the bot's door. Before the draft was
 * upserted, concurrent drafts deadlocked (delete of an absent row locks the gap) and the victim's
 * sender was told 处理失败 with nothing recorded; a double-tapped 确认 hit uk_declaration_source.
 */
class ConcurrentDeclarationsTests extends MariaDbTestBase {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4};

    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;
    @Autowired Organization organization;
    @Autowired Clock clock;

    OrgFixture fixture;
    Branch branch;
    LocalDate today;
    LocalDate since;
    long outboxBefore;

    record Reply(String recipients, String template, String body) {
    }

    @BeforeEach
    void branch() {
        fixture = new OrgFixture(organization);
        today = LocalDate.now(clock);
        since = today.minusYears(1).withDayOfYear(1);
        branch = fixture.branch();
        organization.grantRole(fixture.member(branch, since).id(), branch.id(), Role.SECRETARY, OrgFixture.ADMIN);
        outboxBefore = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_message").query(Long.class).single();
    }

    @Test
    void fiftyConcurrentDeclarationsFromTenUsersAreAllRecordedAndNobodyIsToldItFailed() throws Exception {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            members.add(fixture.member(branch, since));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Void>> users = new ArrayList<>();
        for (Member m : members) {
            users.add(() -> {
                start.await();
                for (int k = 1; k <= 5; k++) {
                    say(m.userId(), "申报 志愿服务 " + today.minusDays(k) + " 第" + k + "次服务", photo());
                    say(m.userId(), "确认");
                }
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        List<Future<Void>> done = new ArrayList<>();
        try {
            users.forEach(u -> done.add(pool.submit(u)));
            start.countDown();
            for (Future<Void> f : done) {
                f.get(5, TimeUnit.MINUTES); // a RetryLaterException (not acknowledged) would fail here
            }
        } finally {
            pool.shutdownNow();
        }

        List<Reply> replies = replies();
        assertThat(replies).extracting(Reply::template).doesNotContain("handling-failed");
        for (Member m : members) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM declaration WHERE member_id = :m").param("m", m.id())
                    .query(Long.class).single()).as("declarations of " + m.userId()).isEqualTo(5);
            assertThat(replies.stream().filter(r -> m.userId().equals(r.recipients()))
                    .map(Reply::template).filter("declaration-submitted"::equals).count()).isEqualTo(5);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inbound_event WHERE sender_user_id IN (:u)")
                .param("u", members.stream().map(Member::userId).toList()).query(Long.class).single())
                .as("every message recorded once").isEqualTo(100);
    }

    @Test
    void aSecondConfirmAtTheSameMomentSaysItWasSubmittedWithItsNumber() throws Exception {
        String member = fixture.member(branch, since).userId();
        say(member, "申报 志愿服务 " + today.minusDays(1) + " 社区义诊", photo());
        assertThat(lastTo(member).template()).isEqualTo("declaration-summary");

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Boolean> tap = () -> {
                start.await();
                return gateway.onMessage(message(member, "确认"));
            };
            Future<Boolean> first = pool.submit(tap);
            Future<Boolean> second = pool.submit(tap);
            start.countDown();
            assertThat(first.get(1, TimeUnit.MINUTES)).isTrue();
            assertThat(second.get(1, TimeUnit.MINUTES)).isTrue();
        } finally {
            pool.shutdownNow();
        }

        long id = onlyDeclarationOf(member);
        List<Reply> answers = replies().stream().filter(r -> member.equals(r.recipients()))
                .filter(r -> r.template().startsWith("declaration-submitted")
                        || r.template().startsWith("declaration-already") || r.template().equals("handling-failed"))
                .toList();
        assertThat(answers).extracting(Reply::template)
                .containsExactlyInAnyOrder("declaration-submitted", "declaration-already-submitted");
        assertThat(answers).filteredOn(r -> r.template().equals("declaration-already-submitted")).singleElement()
                .satisfies(r -> assertThat(r.body()).contains("已提交，编号 **" + id + "**"));
    }

    @Test
    void aLaterSecondConfirmAndAPressOfTheConfirmCardSayTheSame() {
        String member = fixture.member(branch, since).userId();
        say(member, "申报 志愿服务 " + today.minusDays(2) + " 敬老院陪护", photo());
        String draft = jdbc.sql("SELECT source_msg_id FROM declaration_draft WHERE user_id = :u").param("u", member)
                .query(String.class).single();
        String confirmCard = jdbc.sql("SELECT out_track_id FROM outbox_message WHERE id > :b AND kind = 'CARD' "
                        + "AND recipients = :u ORDER BY id DESC LIMIT 1").param("b", outboxBefore).param("u", member)
                .query(String.class).single();

        say(member, "确认");
        assertThat(lastTo(member).template()).isEqualTo("declaration-submitted");
        long id = onlyDeclarationOf(member);

        say(member, "确认");
        assertThat(lastTo(member).template()).isEqualTo("declaration-already-submitted");
        assertThat(lastTo(member).body()).contains("已提交，编号 **" + id + "**");

        gateway.onCardAction(new CardAction(confirmCard, member, "declaration.confirm",
                Map.of("draft", draft, "item", "志愿服务参与情况"), Instant.now()));
        assertThat(lastTo(member).template()).isEqualTo("declaration-already-submitted");
        assertThat(onlyDeclarationOf(member)).isEqualTo(id);
    }

    private long onlyDeclarationOf(String userId) {
        return jdbc.sql("SELECT id FROM declaration WHERE user_id = :u").param("u", userId).query(Long.class).single();
    }

    private Attachment photo() {
        String code = "test-" + UUID.randomUUID();
        jdbc.sql("INSERT INTO sandbox_file (code, file_name, content_type, content, created_at) "
                        + "VALUES (:c, 'photo', 'image/jpeg', :b, :at)")
                .param("c", code).param("b", JPEG).param("at", LocalDateTime.now()).update();
        return new Attachment(Attachment.Kind.PICTURE, code, "photo.jpg", false);
    }

    private void say(String userId, String text, Attachment... attachments) {
        gateway.onMessage(message(userId, text, attachments));
    }

    private static InboundMessage message(String userId, String text, Attachment... attachments) {
        return new InboundMessage(UUID.randomUUID().toString(), userId, "", null, null, text,
                Arrays.asList(attachments), Instant.now());
    }

    private List<Reply> replies() {
        return jdbc.sql("SELECT recipients, template, body FROM outbox_message WHERE id > :b AND kind <> 'CARD' "
                        + "ORDER BY id").param("b", outboxBefore)
                .query((rs, n) -> new Reply(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    private Reply lastTo(String userId) {
        List<Reply> mine = replies().stream().filter(r -> userId.equals(r.recipients())).toList();
        assertThat(mine).as("messages to " + userId).isNotEmpty();
        return mine.get(mine.size() - 1);
    }
}
