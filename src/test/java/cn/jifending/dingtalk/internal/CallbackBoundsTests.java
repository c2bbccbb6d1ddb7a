package cn.jifending.dingtalk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jifending.bot.RetryLaterException;
import java.sql.SQLTransactionRollbackException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every inbound field has a bound, through HTTP mode (MockMvc, the real controllers, parsers and
 * error advice; the bot is a recording double). A payload that can never become an event is a 400,
 * which DingTalk does not retry; one the bot accepts is a 200; never a 500. The fuzz findings of
 * issue 12 are the first rows.
 */
@WebMvcTest(controllers = {RobotCallbackController.class, CardCallbackController.class})
@Import({DingTalkConfiguration.class, InboundConfiguration.class, CallbackErrors.class,
        HttpCallbackTests.TestBeans.class})
@TestPropertySource(properties = {
        "jifen.dingtalk.mode=http",
        "jifen.dingtalk.app-key=test-app-key",
        "jifen.dingtalk.app-secret=" + HttpCallbackTests.SECRET,
        "jifen.dingtalk.robot-code=dingtestrobot",
        "jifen.dingtalk.card-callback-token=" + HttpCallbackTests.TOKEN})
class CallbackBoundsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired RecordingBotGateway gateway;

    @BeforeEach
    void reset() {
        gateway.reset();
    }

    static Stream<Arguments> robotMessages() {
        return Stream.of(
                row("msgId of 129 characters", 400, m -> m.put("msgId", "m".repeat(129))),
                row("msgId of 300 characters", 400, m -> m.put("msgId", "m".repeat(300))),
                row("senderStaffId of 200 characters", 400, m -> m.put("senderStaffId", "u".repeat(200))),
                row("conversationId of 300 characters", 400, m -> m.put("conversationId", "c".repeat(300))),
                row("one-to-one message with no sender", 400, m -> {
                    m.remove("senderStaffId");
                    m.remove("senderId");
                }),
                row("blank senderStaffId and senderId", 400, m -> m.put("senderStaffId", " ").put("senderId", "")),
                row("senderId of 65 characters as the only sender", 400,
                        m -> m.put("senderStaffId", "").put("senderId", "s".repeat(65))),
                row("no msgId", 400, m -> m.remove("msgId")),
                row("blank msgId", 400, m -> m.put("msgId", "   ")),
                row("msgId with a line break", 400, m -> m.put("msgId", "msg\nabc")),
                row("senderStaffId with a NUL", 400, m -> m.put("senderStaffId", "user\u0000")),
                row("senderNick of 1000 characters", 400, m -> m.put("senderNick", "张".repeat(1000))),
                row("picture downloadCode of 5000 characters", 400, m -> m.put("msgtype", "picture")
                        .set("content", JSON.createObjectNode().put("downloadCode", "d".repeat(5000)))),
                row("file name of 300 characters", 400, m -> m.put("msgtype", "file")
                        .set("content", JSON.createObjectNode().put("downloadCode", "dc-1")
                                .put("fileName", "f".repeat(300) + ".xlsx"))),
                // accepted: within every bound
                row("the recorded message", 200, m -> { }),
                row("msgId of 96 characters", 200, m -> m.put("msgId", "m".repeat(96))),
                row("senderStaffId of 64 characters", 200, m -> m.put("senderStaffId", "u".repeat(64))),
                row("conversationId of 128 characters", 200, m -> m.put("conversationId", "c".repeat(128))),
                row("no createAt", 200, m -> m.remove("createAt")),
                row("only senderId", 200, m -> m.remove("senderStaffId")),
                row("text of 10,000 characters (the bot answers it politely)", 200,
                        m -> m.set("text", JSON.createObjectNode().put("content", "字".repeat(10_000)))),
                row("unknown msgtype", 200, m -> m.put("msgtype", "interactiveCard")));
    }

    /** {@code createAt} only says when it was sent: an implausible one is ignored, never a 500. */
    static Stream<Arguments> implausibleSendTimes() {
        return Stream.of(
                Arguments.of("1e30", (Consumer<ObjectNode>) m -> m.put("createAt", 1e30)),
                Arguments.of("a fraction", (Consumer<ObjectNode>) m -> m.put("createAt", 1718087400123.5)),
                Arguments.of("text", (Consumer<ObjectNode>) m -> m.put("createAt", "yesterday")),
                Arguments.of("negative", (Consumer<ObjectNode>) m -> m.put("createAt", -1L)),
                Arguments.of("the year 2200", (Consumer<ObjectNode>) m -> m.put("createAt", 7_258_118_400_000L)),
                Arguments.of("Long.MAX_VALUE", (Consumer<ObjectNode>) m -> m.put("createAt", Long.MAX_VALUE)),
                Arguments.of("an object", (Consumer<ObjectNode>) m -> m.set("createAt", JSON.createObjectNode())));
    }

    @ParameterizedTest(name = "createAt {0}")
    @MethodSource("implausibleSendTimes")
    void anImplausibleSendTimeIsIgnored(String what, Consumer<ObjectNode> change) throws Exception {
        ObjectNode message = (ObjectNode) JSON.readTree(Payloads.read("text.json"));
        change.accept(message);
        java.time.Instant before = java.time.Instant.now();

        assertThat(postRobot(JSON.writeValueAsString(message))).isEqualTo(200);

        assertThat(gateway.messages).singleElement().satisfies(m ->
                assertThat(m.receivedAt()).isBetween(before, java.time.Instant.now()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("robotMessages")
    void robotMessageFieldsAreBounded(String what, int expected, Consumer<ObjectNode> change) throws Exception {
        ObjectNode message = (ObjectNode) JSON.readTree(Payloads.read("text.json"));
        change.accept(message);

        int status = postRobot(JSON.writeValueAsString(message));

        assertThat(status).as(what).isEqualTo(expected);
        assertThat(gateway.messages).as("reached the bot").hasSize(expected == 200 ? 1 : 0);
    }

    @Test
    void unreadableRobotBodiesAre400() throws Exception {
        assertThat(postRobot("not json")).isEqualTo(400);
        assertThat(postRobot("[1, 2, 3]")).isEqualTo(400);
        assertThat(postRobot("")).isEqualTo(400);
        String huge = "{\"msgId\":\"m1\",\"senderStaffId\":\"u1\",\"msgtype\":\"text\",\"text\":{\"content\":\""
                + "x".repeat(RobotCallbackController.MAX_BODY) + "\"}}";
        assertThat(postRobot(huge)).as("a body over %d characters", RobotCallbackController.MAX_BODY).isEqualTo(400);
        assertThat(gateway.messages).isEmpty();
    }

    static Stream<Arguments> cardCallbacks() {
        return Stream.of(
                row("outTrackId of 300 characters", 400, false, c -> c.put("outTrackId", "t".repeat(300))),
                row("pressed id of 100 characters", 400, false, c -> c.put("content", content("a".repeat(100), "{}"))),
                row("userId of 200 characters", 400, false, c -> c.put("userId", "u".repeat(200))),
                row("outTrackId with a tab", 400, false, c -> c.put("outTrackId", "decl-42\tapproval")),
                row("no userId", 400, false, c -> c.remove("userId")),
                row("no actionIds", 400, false, c -> c.put("content", "{\"cardPrivateData\":{\"params\":{}}}")),
                row("content not JSON", 400, false, c -> c.put("content", "{not json")),
                row("a param value of 10,000 characters", 400, false,
                        c -> c.put("content", content("btn2", "{\"input1\":\"" + "驳".repeat(10_000) + "\"}"))),
                row("a param name of 100 characters", 400, false,
                        c -> c.put("content", content("btn1", "{\"" + "n".repeat(100) + "\":\"1\"}"))),
                row("200 params", 400, false, c -> c.put("content", content("btn1", manyParams(200)))),
                // accepted, and acted on
                row("the recorded callback", 200, true, c -> { }),
                row("a 驳回 reason of 2,000 characters", 200, true,
                        c -> c.put("content", content("btn2", "{\"input1\":\"" + "驳".repeat(2000) + "\"}"))),
                row("100 params (undeclared ones ignored)", 200, true, c -> c.put("content", content("btn1", manyParams(100)))),
                // accepted, answered without effect: a card we never sent (此卡片已失效), a button the card lacks
                row("an unknown outTrackId of 128 characters", 200, false, c -> c.put("outTrackId", "t".repeat(128))),
                row("a pressed id of 64 characters the card lacks", 200, false,
                        c -> c.put("content", content("a".repeat(64), "{}"))));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("cardCallbacks")
    void cardCallbackFieldsAreBounded(String what, int expected, boolean reachesBot, Consumer<ObjectNode> change)
            throws Exception {
        ObjectNode callback = (ObjectNode) JSON.readTree(Payloads.read("cardCallback.json"));
        change.accept(callback);

        int status = mvc.perform(post("/dingtalk/card/{token}", HttpCallbackTests.TOKEN)
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(callback)))
                .andReturn().getResponse().getStatus();

        assertThat(status).as(what).isEqualTo(expected);
        assertThat(gateway.actions).as("reached the bot").hasSize(reachesBot ? 1 : 0);
    }

    @Test
    void aTransientFailureTheBotCouldNotOutlastIs503SoDingTalkRedelivers() throws Exception {
        gateway.failure = new RetryLaterException("transient database failure after 5 tries",
                new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213));

        var robot = mvc.perform(signed(Payloads.read("text.json"))).andReturn().getResponse();
        var card = mvc.perform(post("/dingtalk/card/{token}", HttpCallbackTests.TOKEN)
                .contentType(MediaType.APPLICATION_JSON).content(Payloads.read("cardCallback.json")))
                .andReturn().getResponse();

        assertThat(robot.getStatus()).isEqualTo(503);
        assertThat(robot.getHeader("Retry-After")).isEqualTo("1");
        assertThat(card.getStatus()).isEqualTo(503);
    }

    private int postRobot(String body) throws Exception {
        return mvc.perform(signed(body)).andReturn().getResponse().getStatus();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder signed(String body) {
        long ts = HttpCallbackTests.NOW.toEpochMilli();
        return post("/dingtalk/robot").contentType(MediaType.APPLICATION_JSON).content(body)
                .header("timestamp", ts).header("sign", RobotRequestSigner.sign(HttpCallbackTests.SECRET, ts));
    }

    private static String content(String actionId, String params) {
        return "{\"cardPrivateData\":{\"actionIds\":[\"" + actionId + "\"],\"params\":" + params + "}}";
    }

    private static String manyParams(int n) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":\"v\"");
        }
        return sb.append('}').toString();
    }

    private static Arguments row(String what, int status, Consumer<ObjectNode> change) {
        return Arguments.of(what, status, change);
    }

    private static Arguments row(String what, int status, boolean reachesBot, Consumer<ObjectNode> change) {
        return Arguments.of(what, status, reachesBot, change);
    }
}
