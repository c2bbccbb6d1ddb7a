package cn.jifending.declaration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTest;
import cn.jifending.bot.BotGateway;
import cn.jifending.bot.CardAction;
import cn.jifending.bot.InboundMessage;
import cn.jifending.bot.InboundMessage.Attachment;
import cn.jifending.ledger.PeriodLocks;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Member and approver journeys through the bot's door on the real database. Each test builds its
 * own branch (secretary, recorder, committee member, members), so tests never share data.
 */
class DeclarationJourneyTests extends MariaDbTest {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 9, 9};

    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;
    @Autowired Organization organization;
    @Autowired PeriodLocks locks;
    @Autowired Clock clock;

    OrgFixture fixture;
    Branch branch;
    String secretary;
    String recorder;
    String committee;
    String member;
    long memberId;
    LocalDate today;
    long outboxBefore;

    record Row(String recipients, String template, String kind, String outTrackId, String body) {
    }

    @BeforeEach
    void branch() {
        fixture = new OrgFixture(organization);
        today = LocalDate.now(clock);
        branch = fixture.branch();
        LocalDate since = today.minusYears(1).withDayOfYear(1);
        secretary = withRole(fixture.member(branch, since), Role.SECRETARY);
        recorder = withRole(fixture.member(branch, since), Role.RECORDER);
        committee = withRole(fixture.member(branch, since), Role.BRANCH_COMMITTEE_MEMBER);
        Member m = fixture.member(branch, since);
        member = m.userId();
        memberId = m.id();
        outboxBefore = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_message").query(Long.class).single();
    }

    String withRole(Member m, Role role) {
        organization.grantRole(m.id(), branch.id(), role, OrgFixture.ADMIN);
        return m.userId();
    }

    @Test
    void declarationWithTwoPhotosIsApprovedOnceEvenWhenPressedTwice() {
        say(member, "申报 志愿服务 昨天 社区义诊", photo(JPEG), photo(PNG));
        assertThat(lastTo(member).template()).isEqualTo("declaration-summary");
        assertThat(lastTo(member).body()).contains("志愿服务参与情况", "社区义诊", "2 份", "1 分");

        say(member, "确认");
        assertThat(lastTo(member).template()).isEqualTo("declaration-submitted");
        Row card = card();
        assertThat(card.recipients()).contains(secretary, recorder).doesNotContain(member);
        assertThat(card.body()).contains("社区义诊", "2 份");
        long id = declarationId(card.outTrackId());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM declaration_evidence WHERE declaration_id = :d").param("d", id)
                .query(Long.class).single()).isEqualTo(2);

        CardAction approve = new CardAction(card.outTrackId(), secretary, "declaration.approve", Map.of(), Instant.now());
        assertThat(gateway.onCardAction(approve)).isTrue();
        assertThat(gateway.onCardAction(approve)).isFalse();
        press(card.outTrackId(), secretary, "declaration.adjust", Map.of("points", "0.5"));

        assertThat(featuredFacts()).containsExactly("1");
        assertThat(lastTo(secretary).template()).isEqualTo("decision-already");
        assertThat(lastTo(member).template()).isEqualTo("declaration-approved");
        assertThat(rows()).anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo("CARD_UPDATE");
            assertThat(r.outTrackId()).isEqualTo(card.outTrackId());
            assertThat(r.body()).contains("已通过");
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE subject_type = 'declaration' AND subject_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aMissingDateIsAskedForThenThePhotoThenTheSummary() {
        say(member, "志愿 敬老院陪护");
        assertThat(lastTo(member).template()).isEqualTo("declaration-ask-date");
        say(member, "前天");
        assertThat(lastTo(member).template()).isEqualTo("declaration-ask-evidence");
        say(member, "", photo(JPEG));
        assertThat(lastTo(member).template()).isEqualTo("declaration-summary");
        assertThat(lastTo(member).body()).contains("敬老院陪护", Texts.date(today.minusDays(2)));
    }

    @Test
    void anUnknownItemGetsSuggestions() {
        say(member, "申报 植树造林 昨天 义务植树");
        Row r = lastTo(member);
        assertThat(r.template()).isEqualTo("declaration-unknown-item");
        assertThat(r.body()).contains("植树造林", "志愿服务参与情况", "党建网格化工程落实情况");
        say(member, "网格");
        assertThat(lastTo(member).template()).isEqualTo("declaration-ask-evidence");
    }

    @Test
    void futureInactiveAndLockedDatesAreRefusedWithTheReason() {
        LocalDate future = today.plusDays(3);
        say(member, "申报 志愿服务 " + future + " 提前报名", photo(JPEG));
        assertThat(lastTo(member).template()).isEqualTo("declaration-date-future");

        Member late = fixture.member(branch, today.minusDays(5));
        say(late.userId(), "申报 志愿服务 " + today.minusDays(20) + " 入党前的事", photo(JPEG));
        assertThat(lastTo(late.userId()).template()).isEqualTo("declaration-date-inactive");

        LocalDate old = today.minusMonths(6);
        locks.lock(branch.id(), old.getYear(), (old.getMonthValue() - 1) / 3 + 1, "test");
        say(member, "申报 网格 " + old + " 走访困难户", photo(JPEG));
        assertThat(lastTo(member).template()).isEqualTo("declaration-date-locked");
        assertThat(lastTo(member).body()).contains("锁定");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM declaration WHERE member_id = :m").param("m", memberId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aReachedCapIsToldBeforeSubmittingAndAcceptedOnlyAsZero() {
        for (int i = 1; i <= 5; i++) {
            say(member, "申报 志愿服务 " + today.minusDays(i) + " 第" + i + "次", photo(JPEG));
            say(member, "确认");
            press(card().outTrackId(), secretary, "declaration.approve", Map.of());
        }
        assertThat(featuredFacts()).hasSize(5);
        say(member, "申报 志愿服务 " + today.minusDays(6) + " 第六次", photo(JPEG));
        assertThat(lastTo(member).template()).isEqualTo("declaration-summary-zero");
        say(member, "确认");
        Row card = card();
        assertThat(card.body()).contains("0 分");
        press(card.outTrackId(), secretary, "declaration.approve", Map.of());
        assertThat(featuredFacts()).hasSize(5);
        assertThat(lastTo(member).body()).contains("0 分");
    }

    @Test
    void aSecretarysOwnDeclarationGoesToTheCommitteeMember() {
        say(secretary, "申报 志愿服务 昨天 献血", photo(JPEG));
        say(secretary, "确认");
        Row card = card();
        assertThat(card.recipients()).contains(committee).doesNotContain(secretary);
        press(card.outTrackId(), secretary, "declaration.approve", Map.of());
        assertThat(lastTo(secretary).template()).isEqualTo("decision-own");
        press(card.outTrackId(), recorder, "declaration.approve", Map.of());
        assertThat(lastTo(recorder).template()).isEqualTo("decision-view-only");
        assertThat(featuredFactsOf(secretary)).isEmpty();
        press(card.outTrackId(), committee, "declaration.approve", Map.of());
        assertThat(featuredFactsOf(secretary)).containsExactly("1");
    }

    @Test
    void aRejectionNeedsAReason() {
        say(member, "申报 志愿服务 昨天 社区打扫", photo(JPEG));
        say(member, "确认");
        Row card = card();
        long id = declarationId(card.outTrackId());
        press(card.outTrackId(), secretary, "declaration.reject", Map.of());
        assertThat(lastTo(secretary).template()).isEqualTo("decision-reason-needed");
        say(secretary, "驳回 " + id + " 照片与事由不符");
        assertThat(lastTo(member).template()).isEqualTo("declaration-rejected");
        assertThat(lastTo(member).body()).contains("照片与事由不符", "申诉 " + id);
        assertThat(featuredFacts()).isEmpty();
    }

    // --- helpers ---

    Attachment photo(byte[] bytes) {
        String code = "test-" + UUID.randomUUID();
        jdbc.sql("INSERT INTO sandbox_file (code, file_name, content_type, content, created_at) "
                        + "VALUES (:c, 'photo', 'image/jpeg', :b, :at)")
                .param("c", code).param("b", bytes).param("at", LocalDateTime.now()).update();
        return new Attachment(Attachment.Kind.PICTURE, code, "photo.jpg", false);
    }

    void say(String userId, String text, Attachment... attachments) {
        gateway.onMessage(new InboundMessage(UUID.randomUUID().toString(), userId, "", null, null, text,
                Arrays.asList(attachments), Instant.now()));
    }

    CardAction press(String track, String userId, String action, Map<String, String> params) {
        CardAction a = new CardAction(track, userId, action, params, Instant.now());
        gateway.onCardAction(a);
        return a;
    }

    List<String> featuredFacts() {
        return jdbc.sql("SELECT fact_value FROM ledger_fact WHERE member_id = :m AND kind = 'FEATURED' ORDER BY id")
                .param("m", memberId).query(String.class).list();
    }

    List<String> featuredFactsOf(String userId) {
        return jdbc.sql("SELECT f.fact_value FROM ledger_fact f JOIN declaration d ON d.fact_id = f.id "
                        + "WHERE d.user_id = :u ORDER BY f.id").param("u", userId).query(String.class).list();
    }

    long declarationId(String track) {
        return jdbc.sql("SELECT id FROM declaration WHERE out_track_id = :t").param("t", track).query(Long.class)
                .single();
    }

    List<Row> rows() {
        return jdbc.sql("SELECT * FROM outbox_message WHERE id > :id ORDER BY id").param("id", outboxBefore)
                .query((rs, n) -> new Row(rs.getString("recipients"), rs.getString("template"), rs.getString("kind"),
                        rs.getString("out_track_id"), rs.getString("body")))
                .list();
    }

    Row lastTo(String userId) {
        List<Row> mine = new ArrayList<>(rows().stream().filter(r -> r.recipients() != null
                && r.recipients().contains(userId) && !"CARD".equals(r.kind())).toList());
        assertThat(mine).as("messages to " + userId).isNotEmpty();
        return mine.get(mine.size() - 1);
    }

    Row card() {
        List<Row> cards = rows().stream().filter(r -> "CARD".equals(r.kind())).toList();
        assertThat(cards).isNotEmpty();
        return cards.get(cards.size() - 1);
    }
}
