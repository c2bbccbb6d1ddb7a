package cn.jifending.dingtalk.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.organization.Branch;
import cn.jifending.organization.Member;
import cn.jifending.organization.OrgFixture;
import cn.jifending.organization.Organization;
import cn.jifending.organization.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The declaration journey (declare → photo → 确认 on the card → 通过 on the card → member told) on the
 * whole application and the tests' MariaDB, DingTalk being {@link FakeCardPlatform} on a WireMock
 * {@link FakeDingTalk}: every card goes out through the strict createAndDeliver / update endpoints and
 * every press is one the fake delivers as DingTalk would. Subclasses say how messages and presses arrive
 * (Stream or HTTP mode).
 */
abstract class CardJourney extends MariaDbTestBase {

    static final String SECRET = "journey-app-secret-0123456789";
    static final String TOKEN = "journey-card-token-7d1e";
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4};
    static final FakeCardPlatform CARDS = new FakeCardPlatform();
    static final FakeDingTalk DINGTALK = new FakeDingTalk(CARDS);

    static {
        CARDS.stubOn(DINGTALK.server);
        DINGTALK.server.stubFor(post(urlPathEqualTo("/v1.0/robot/oToMessages/batchSend"))
                .willReturn(FakeDingTalk.json("{\"processQueryKey\":\"journey\"}")));
        DINGTALK.server.stubFor(post(urlPathEqualTo("/v1.0/robot/groupMessages/send"))
                .willReturn(FakeDingTalk.json("{\"processQueryKey\":\"journey\"}")));
        DINGTALK.server.stubFor(post(urlPathEqualTo("/robot/sendBySession"))
                .willReturn(FakeDingTalk.json("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        DINGTALK.server.stubFor(post(urlPathEqualTo("/v1.0/robot/messageFiles/download"))
                .willReturn(FakeDingTalk.json("{\"downloadUrl\":\"" + DINGTALK.baseUrl() + "/files/photo.jpg\"}")));
        DINGTALK.server.stubFor(get(urlPathEqualTo("/files/photo.jpg"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "image/jpeg").withBody(JPEG)));
    }

    @DynamicPropertySource
    static void fakeDingTalk(DynamicPropertyRegistry registry) {
        registry.add("jifen.dingtalk.api-endpoint", DINGTALK::baseUrl);
        registry.add("jifen.dingtalk.oapi-endpoint", DINGTALK::baseUrl);
    }

    @Autowired Organization organization;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    String secretary;
    String member;

    @BeforeEach
    void branch() {
        OrgFixture fixture = new OrgFixture(organization);
        Branch branch = fixture.branch();
        LocalDate since = LocalDate.now(clock).minusYears(1).withDayOfYear(1);
        Member s = fixture.member(branch, since);
        organization.grantRole(s.id(), branch.id(), Role.SECRETARY, OrgFixture.ADMIN);
        secretary = s.userId();
        member = fixture.member(branch, since).userId();
    }

    /** A robot message from {@code userId} reaches the app the way this mode receives it. */
    abstract void deliverMessage(String payload);

    @Test
    void declarePhotoConfirmApproveAndTheMemberIsTold() {
        say(member, "志愿 敬老院陪护");
        say(member, "前天");
        sendPhoto(member);

        FakeCardPlatform.Instance confirm = awaitCard("declaration-confirm", member);
        assertThat(confirm.users()).containsExactly(member);
        assertThat(confirm.data()).containsEntry("btn1_text", "确认").containsEntry("btn1_show", "true");
        assertThat(answerOf(CARDS.press(confirm.outTrackId(), member, "btn1", inputs("", "")))).isEmpty();

        FakeCardPlatform.Instance approval = awaitCard("declaration-approval", secretary);
        assertThat(approval.users()).contains(secretary).doesNotContain(member);
        assertThat(approval.data()).containsEntry("btn1_text", "通过").containsEntry("input1_name", "reason");
        await(() -> "false".equals(CARDS.instances.get(confirm.outTrackId()).data().get("btn1_show")),
                "the confirm card loses its buttons for everyone");

        assertThat(answerOf(CARDS.press(approval.outTrackId(), secretary, "btn1", inputs("", "")))).isEmpty();

        await(() -> sent(member, "declaration-approved"), "the member is told the declaration was approved");
        await(() -> "false".equals(CARDS.instances.get(approval.outTrackId()).data().get("btn1_show")),
                "the approval card is decided for everyone");
        assertThat(CARDS.instances.get(approval.outTrackId()).data().get("status")).isNotBlank();

        // A late press on the decided card has no effect and is answered with the card as it is now.
        long facts = featuredFacts();
        FakeCardPlatform.Answer late = CARDS.press(approval.outTrackId(), secretary, "btn2", inputs("太晚了", ""));
        assertThat(late.status()).isEqualTo(200);
        assertThat(late.body().path("cardData").path("cardParamMap").path("btn1_show").asString()).isEqualTo("false");
        assertThat(featuredFacts()).isEqualTo(facts);
        assertThat(CARDS.rejections).as("no call broke a documented field").isEmpty();
    }

    @Test
    void rejectWithoutAReasonThenWithItIsTwoActionsAndTheSecondRejects() {
        say(member, "志愿 社区打扫");
        say(member, "昨天");
        sendPhoto(member);
        FakeCardPlatform.Instance confirm = awaitCard("declaration-confirm", member);
        CARDS.press(confirm.outTrackId(), member, "btn1", inputs("", ""));
        FakeCardPlatform.Instance approval = awaitCard("declaration-approval", secretary);

        CARDS.press(approval.outTrackId(), secretary, "btn2", inputs("", ""));
        await(() -> outbox(secretary, "decision-reason-needed") > 0, "the secretary is asked for the reason");
        CARDS.press(approval.outTrackId(), secretary, "btn2", inputs("照片与事由不符", ""));
        // DingTalk redelivers the same press: one effect
        CARDS.press(approval.outTrackId(), secretary, "btn2", inputs("照片与事由不符", ""));

        await(() -> sent(member, "declaration-rejected"), "the member is told the declaration was rejected");
        assertThat(outbox(member, "declaration-rejected")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT status FROM declaration WHERE out_track_id = :t")
                .param("t", approval.outTrackId()).query(String.class).single()).isEqualTo("REJECTED");
        assertThat(CARDS.rejections).isEmpty();
    }

    @Test
    void aPressOnACardDingTalkNeverHeardOfIsExpired() {
        String unknown = "never-sent-" + UUID.randomUUID();
        CARDS.instances.put(unknown, new FakeCardPlatform.Instance(unknown, FakeDingTalk.GENERAL_TEMPLATE,
                callbackType(), cn.jifending.dingtalk.DingTalkProperties.DEFAULT_ROUTE_KEY, List.of(member), null, new java.util.LinkedHashMap<>()));

        FakeCardPlatform.Answer answer = CARDS.press(unknown, member, "btn1", Map.of());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("cardData").path("cardParamMap").path("status").asString())
                .isEqualTo("此卡片已失效");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM inbound_event WHERE out_track_id = :t").param("t", unknown)
                .query(Long.class).single()).isZero();
    }

    /** The callbackType this mode's cards are created with. */
    abstract String callbackType();

    void say(String userId, String text) {
        ObjectNode payload = message(userId, "text");
        payload.putObject("text").put("content", text);
        deliverMessage(JsonMapper.shared().writeValueAsString(payload));
    }

    void sendPhoto(String userId) {
        ObjectNode payload = message(userId, "picture");
        payload.putObject("content").put("downloadCode", "dc-" + UUID.randomUUID());
        deliverMessage(JsonMapper.shared().writeValueAsString(payload));
    }

    private ObjectNode message(String userId, String type) {
        long now = clock.millis();
        return JsonMapper.shared().createObjectNode()
                .put("conversationId", "cidJourney==").put("chatbotCorpId", "dingfakecorp")
                .put("chatbotUserId", "$:LWCP_v1:$bot").put("msgId", "msg" + UUID.randomUUID())
                .put("senderNick", "党员").put("isAdmin", false).put("senderStaffId", userId)
                .put("sessionWebhookExpiredTime", now + 3_600_000).put("createAt", now)
                .put("senderCorpId", "dingfakecorp").put("conversationType", "1").put("senderId", "$:LWCP_v1:$u")
                .put("sessionWebhook", DINGTALK.baseUrl() + "/robot/sendBySession?session=" + UUID.randomUUID())
                .put("robotCode", "dingjourneyrobot").put("msgtype", type);
    }

    static Map<String, String> inputs(String input1, String input2) {
        return Map.of("input1", input1, "input2", input2);
    }

    private static Map<String, Object> answerOf(FakeCardPlatform.Answer answer) {
        assertThat(answer.status()).as("DingTalk is answered 200").isEqualTo(200);
        return JsonMapper.shared().convertValue(answer.body(), Map.class);
    }

    /** The card of that kind sent to that user, once the outbox has delivered it to DingTalk. */
    FakeCardPlatform.Instance awaitCard(String cardKind, String userId) {
        Supplier<String> track = () -> jdbc.sql("""
                SELECT out_track_id FROM outbox_message WHERE kind = 'CARD' AND template = :kind
                AND recipients LIKE :user ORDER BY id DESC LIMIT 1""")
                .param("kind", cardKind).param("user", "%" + userId + "%")
                .query(String.class).optional().orElse(null);
        await(() -> track.get() != null && CARDS.instances.containsKey(track.get()),
                cardKind + " card delivered to " + userId);
        return CARDS.instances.get(track.get());
    }

    boolean sent(String userId, String template) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM outbox_message WHERE template = :t AND recipients LIKE :u AND status = 'SENT'""")
                .param("t", template).param("u", "%" + userId + "%").query(Long.class).single() > 0;
    }

    long outbox(String userId, String template) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE template = :t AND recipients LIKE :u")
                .param("t", template).param("u", "%" + userId + "%").query(Long.class).single();
    }

    long featuredFacts() {
        return jdbc.sql("""
                SELECT COUNT(*) FROM ledger_fact f JOIN declaration d ON d.fact_id = f.id WHERE d.user_id = :u""")
                .param("u", member).query(Long.class).single();
    }

    static void await(Supplier<Boolean> condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
