package cn.jifending.dingtalk.internal;

import cn.jifending.MutableClock;
import static cn.jifending.dingtalk.internal.FakeDingTalk.body;
import static cn.jifending.dingtalk.internal.FakeDingTalk.error;
import static cn.jifending.dingtalk.internal.FakeDingTalk.json;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jifending.dingtalk.DingTalkProperties;
import cn.jifending.notification.DeliveryException;
import cn.jifending.notification.OutgoingMessage;
import cn.jifending.notification.OutgoingMessage.Kind;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The real {@code com.aliyun:dingtalk} SDK against a fake DingTalk server. */
class DingTalkMessengerTests {

    private static final String BATCH_SEND = "/v1.0/robot/oToMessages/batchSend";
    private static final String GROUP_SEND = "/v1.0/robot/groupMessages/send";
    private static final String CREATE_CARD = "/v1.0/card/instances/createAndDeliver";
    private static final String UPDATE_CARD = "/v1.0/card/instances";
    private static final String TOKEN = "/v1.0/oauth2/accessToken";
    private static final String DOWNLOAD = "/v1.0/robot/messageFiles/download";

    private final CardMapper cardTable = CardRegistryDatabase.create();
    private FakeDingTalk fake;
    private MutableClock clock;
    private AccessTokens tokens;
    private DingTalkMessenger messenger;

    @BeforeEach
    void start() {
        fake = new FakeDingTalk();
        clock = new MutableClock(Instant.parse("2024-06-11T06:30:00Z"));
        messenger = messenger(fake.properties(Map.of("approval", "approval-tpl.schema"), Duration.ofSeconds(5)));
        fake.server.stubFor(post(urlPathEqualTo(BATCH_SEND)).willReturn(json("{\"processQueryKey\":\"pqk\"}")));
        fake.server.stubFor(post(urlPathEqualTo(GROUP_SEND)).willReturn(json("{\"processQueryKey\":\"pqk\"}")));
        fake.server.stubFor(post(urlPathEqualTo(CREATE_CARD)).willReturn(json(
                "{\"success\":true,\"result\":{\"outTrackId\":\"t\",\"deliverResults\":[]}}")));
        fake.server.stubFor(put(urlPathEqualTo(UPDATE_CARD)).willReturn(json("{\"success\":true,\"result\":true}")));
    }

    private DingTalkMessenger messenger(DingTalkProperties properties) {
        return messenger(properties, true);
    }

    private DingTalkMessenger messenger(DingTalkProperties properties, boolean streamCallbacks) {
        OpenApiSdk sdk = new OpenApiSdk(properties);
        tokens = new AccessTokens(sdk::issueToken, clock, properties.tokenRefreshMargin());
        PlainHttp http = new PlainHttp(properties);
        SdkCalls calls = new SdkCalls(tokens);
        var cards = new PlatformCards(sdk, calls, new CardRegistry(cardTable, clock), properties, streamCallbacks);
        return new DingTalkMessenger(sdk, calls, http, new MediaUploader(new OapiClient(properties, tokens, http)),
                cards, properties);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void textGoesToBatchSendWithTheTokenHeaderAndAJsonStringMsgParam() throws Exception {
        messenger.send(message(Kind.TEXT, List.of("user0817"), null, "你好"));

        LoggedRequest request = single(BATCH_SEND);
        assertThat(request.getHeader("x-acs-dingtalk-access-token")).isEqualTo("token-1");
        JsonNode body = body(request);
        assertThat(body.path("robotCode").stringValue()).isEqualTo("dingrobot01");
        assertThat(body.path("msgKey").stringValue()).isEqualTo("sampleText");
        assertThat(body.path("userIds").values()).extracting(JsonNode::stringValue).containsExactly("user0817");
        assertThat(body.path("msgParam").isString()).isTrue();
        assertThat(JsonMapper.shared().readTree(body.path("msgParam").stringValue()).path("content").stringValue())
                .isEqualTo("你好");
        JsonNode tokenRequest = body(single(TOKEN));
        assertThat(tokenRequest.path("appKey").stringValue()).isEqualTo("app-key-1");
        assertThat(tokenRequest.path("appSecret").stringValue()).isEqualTo("app-secret-1");
    }

    @Test
    void fortyFiveUsersTakeThreeCallsOfAtMostTwenty() throws Exception {
        List<String> users = IntStream.rangeClosed(1, 45).mapToObj(i -> "user" + i).toList();

        messenger.send(new OutgoingMessage(7, Kind.MARKDOWN, users, null, "提醒", "**本月**学习强国", null, null,
                null, null));

        List<LoggedRequest> calls = fake.requests(BATCH_SEND);
        assertThat(calls).hasSize(3);
        List<String> delivered = new ArrayList<>();
        for (LoggedRequest call : calls) {
            JsonNode body = body(call);
            assertThat(body.path("userIds").size()).isLessThanOrEqualTo(20);
            body.path("userIds").values().forEach(u -> delivered.add(u.stringValue()));
            JsonNode param = JsonMapper.shared().readTree(body.path("msgParam").stringValue());
            assertThat(body.path("msgKey").stringValue()).isEqualTo("sampleMarkdown");
            assertThat(param.path("title").stringValue()).isEqualTo("提醒");
            assertThat(param.path("text").stringValue()).isEqualTo("**本月**学习强国");
        }
        assertThat(delivered).containsExactlyInAnyOrderElementsOf(users);
        assertThat(fake.requests(TOKEN)).hasSize(1);
    }

    @Test
    void groupMessageGoesToOrgGroupSend() throws Exception {
        messenger.send(message(Kind.TEXT, List.of(), "cidGroup==", "公示开始"));

        JsonNode body = body(single(GROUP_SEND));
        assertThat(body.path("openConversationId").stringValue()).isEqualTo("cidGroup==");
        assertThat(body.path("robotCode").stringValue()).isEqualTo("dingrobot01");
        assertThat(body.path("msgParam").isString()).isTrue();
        assertThat(fake.requests(BATCH_SEND)).isEmpty();
    }

    @Test
    void cardIsCreatedAndDeliveredWithStringParamsAndTheKindsTemplate() throws Exception {
        messenger.send(new OutgoingMessage(9, Kind.CARD, List.of("u1", "u2"), null, "审批", null, "approval",
                "decl-42-approval", Map.of("points", "2", "declarationId", "42", "title", "志愿服务"), null));

        LoggedRequest request = single(CREATE_CARD);
        assertThat(request.getHeader("x-acs-dingtalk-access-token")).isEqualTo("token-1");
        JsonNode body = body(request);
        assertThat(body.path("outTrackId").stringValue()).isEqualTo("decl-42-approval");
        assertThat(body.path("cardTemplateId").stringValue()).isEqualTo("approval-tpl.schema");
        assertThat(body.path("callbackType").stringValue()).isEqualTo("STREAM");
        assertThat(body.path("openSpaceId").stringValue()).isEqualTo("dtv1.card//IM_ROBOT.u1;IM_ROBOT.u2");
        assertThat(body.path("imRobotOpenDeliverModel").path("robotCode").stringValue()).isEqualTo("dingrobot01");
        assertThat(body.path("imRobotOpenDeliverModel").path("spaceType").stringValue()).isEqualTo("IM_ROBOT");
        JsonNode params = body.path("cardData").path("cardParamMap");
        assertThat(params.propertyNames()).contains("points", "declarationId", "title")
                .containsAll(PlatformCards.variables());
        assertThat(params.values()).allSatisfy(v -> assertThat(v.isString()).isTrue());
        assertThat(params.path("title").stringValue()).isEqualTo("审批");
    }

    @Test
    void kindWithoutItsOwnTemplateUsesTheGeneralOneAndHttpModeNamesTheRouteKey() throws Exception {
        messenger = messenger(fake.properties(Map.of(), Duration.ofSeconds(5)), false);

        messenger.send(new OutgoingMessage(10, Kind.CARD, List.of("u1"), null, "通知", "{\"title\":\"通知\"}",
                "notice", "notice-1", Map.of(), null));

        JsonNode body = body(single(CREATE_CARD));
        assertThat(body.path("cardTemplateId").stringValue()).isEqualTo(FakeDingTalk.GENERAL_TEMPLATE);
        assertThat(body.path("callbackType").stringValue()).isEqualTo("HTTP");
        assertThat(body.path("callbackRouteKey").stringValue()).isEqualTo(DingTalkProperties.DEFAULT_ROUTE_KEY);
    }

    @Test
    void updateOfACardNotCreatedYetIsRetriedLater() {
        assertThatThrownBy(() -> messenger.send(new OutgoingMessage(11, Kind.CARD_UPDATE, List.of(), null, null,
                null, "approval", "never-created", Map.of(), null)))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isTrue());
        assertThat(fake.requests(UPDATE_CARD)).isEmpty();
    }

    @Test
    void cardUpdateChangesTheCardInPlaceAndClearsItsButtons() throws Exception {
        messenger.send(new OutgoingMessage(9, Kind.CARD, List.of("u1"), null, "审批",
                "{\"title\":\"审批\",\"buttons\":[{\"text\":\"通过\",\"actionId\":\"a\"}]}", "approval",
                "decl-42-approval", Map.of(), null));
        messenger.send(new OutgoingMessage(11, Kind.CARD_UPDATE, List.of(), null, null,
                "{\"title\":\"已处理\",\"status\":\"已通过\"}", "approval", "decl-42-approval", Map.of(), null));

        LoggedRequest request = single(UPDATE_CARD);
        assertThat(request.getMethod().getName()).isEqualTo("PUT");
        assertThat(request.getHeader("x-acs-dingtalk-access-token")).isEqualTo("token-1");
        JsonNode body = body(request);
        assertThat(body.path("outTrackId").stringValue()).isEqualTo("decl-42-approval");
        assertThat(body.path("cardData").path("cardParamMap").path("status").stringValue()).isEqualTo("已通过");
        assertThat(body.path("cardData").path("cardParamMap").path("btn1_show").stringValue()).isEqualTo("false");
        assertThat(body.path("cardData").path("cardParamMap").path("btn1_text").stringValue()).isEmpty();
        assertThat(body.path("cardUpdateOptions").path("updateCardDataByKey").asBoolean()).isTrue();
    }

    @Test
    void tokenIsCachedAcrossSendsAndRefreshedBeforeExpiry() throws Exception {
        messenger.send(message(Kind.TEXT, List.of("u1"), null, "1"));
        clock.advance(Duration.ofMinutes(100));
        messenger.send(message(Kind.TEXT, List.of("u1"), null, "2"));
        assertThat(fake.requests(TOKEN)).hasSize(1);

        fake.issueTokens("token-2");
        clock.advance(Duration.ofMinutes(16)); // 116 min: inside the 5 min margin of the 120 min lifetime
        messenger.send(message(Kind.TEXT, List.of("u1"), null, "3"));

        assertThat(fake.requests(TOKEN)).hasSize(2);
        assertThat(fake.requests(BATCH_SEND)).extracting(r -> r.getHeader("x-acs-dingtalk-access-token"))
                .containsExactly("token-1", "token-1", "token-2");
    }

    @Test
    void throttlingAndServerErrorsAreRetryable() {
        for (int status : new int[] {429, 500, 503}) {
            fake.server.stubFor(post(urlPathEqualTo(BATCH_SEND)).willReturn(error(status, "Throttling")));

            assertThatThrownBy(() -> messenger.send(message(Kind.TEXT, List.of("u1"), null, "x")))
                    .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable())
                            .as("HTTP %d", status).isTrue());
        }
    }

    @Test
    void badRequestIsNotRetryable() {
        fake.server.stubFor(post(urlPathEqualTo(CREATE_CARD)).willReturn(error(400, "param.invalid")));

        assertThatThrownBy(() -> messenger.send(new OutgoingMessage(12, Kind.CARD, List.of("u1"), null, "t", null,
                "approval", "o1", Map.of(), null)))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("400");
                });
    }

    @Test
    void aSendWhoseAnswerIsLostIsNotResentBlindly() throws Exception {
        messenger = messenger(fake.properties(Map.of(), Duration.ofMillis(1_000)));
        messenger.send(message(Kind.TEXT, List.of("u1"), null, "x")); // the token is cached
        fake.server.stubFor(post(urlPathEqualTo(BATCH_SEND)).willReturn(json("{}").withFixedDelay(3_000)));

        // batchSend has no idempotency key: DingTalk may have delivered it, so it is not retried
        assertThatThrownBy(() -> messenger.send(message(Kind.TEXT, List.of("u1"), null, "x")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("may have been delivered");
                });
        assertThat(fake.requests(BATCH_SEND)).hasSize(2);
    }

    @Test
    void aTimedOutUpdateIsRetryable() {
        messenger = messenger(fake.properties(Map.of("approval", "approval-tpl.schema"), Duration.ofMillis(1_000)));
        fake.server.stubFor(put(urlPathEqualTo(UPDATE_CARD)).willReturn(json("{}").withFixedDelay(3_000)));

        // replacing a card's data twice has one effect
        assertThatThrownBy(() -> messenger.send(new OutgoingMessage(13, Kind.CARD_UPDATE, List.of(), null, null, null,
                "approval", "o1", Map.of("status", "已通过"), null)))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isTrue());
    }

    @Test
    void aTokenRefusedTwiceIsRetryableAndDroppedSoTheRetryGetsANewOne() throws Exception {
        fake.server.stubFor(post(urlPathEqualTo(BATCH_SEND)).willReturn(error(401, "InvalidAuthentication")));
        assertThatThrownBy(() -> messenger.send(message(Kind.TEXT, List.of("u1"), null, "x")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isTrue());
        assertThat(fake.requests(BATCH_SEND)).hasSize(2); // refused, new token, refused again: left to the outbox

        fake.issueTokens("token-2");
        fake.server.stubFor(post(urlPathEqualTo(BATCH_SEND)).willReturn(json("{}")));
        messenger.send(message(Kind.TEXT, List.of("u1"), null, "x"));

        assertThat(fake.requests(TOKEN)).hasSize(3);
        assertThat(fake.requests(BATCH_SEND).get(2).getHeader("x-acs-dingtalk-access-token")).isEqualTo("token-2");
    }

    @Test
    void tokenFailureIsADeliveryFailure() {
        fake.server.stubFor(post(urlPathEqualTo(TOKEN)).willReturn(error(503, "ServiceUnavailable")));

        assertThatThrownBy(() -> messenger.send(message(Kind.TEXT, List.of("u1"), null, "x")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isTrue());
        assertThat(fake.requests(BATCH_SEND)).isEmpty();
    }

    @Test
    void downloadFetchesTheBytesFromTheReturnedUrl() throws Exception {
        byte[] picture = "\u0089PNG fake picture bytes".getBytes(StandardCharsets.ISO_8859_1);
        fake.server.stubFor(post(urlPathEqualTo(DOWNLOAD)).willReturn(json(
                "{\"downloadUrl\":\"" + fake.baseUrl() + "/temporary/abc.png?sig=1\"}")));
        fake.server.stubFor(get(urlPathEqualTo("/temporary/abc.png"))
                .willReturn(aResponse().withStatus(200).withBody(picture)));

        assertThat(messenger.download("dc-picture-AAA111")).isEqualTo(picture);

        LoggedRequest request = single(DOWNLOAD);
        assertThat(request.getHeader("x-acs-dingtalk-access-token")).isEqualTo("token-1");
        assertThat(body(request).path("downloadCode").stringValue()).isEqualTo("dc-picture-AAA111");
        assertThat(body(request).path("robotCode").stringValue()).isEqualTo("dingrobot01");
    }

    @Test
    void expiredDownloadUrlIsNotRetryableButAThrottledOneIs() {
        fake.server.stubFor(post(urlPathEqualTo(DOWNLOAD)).willReturn(json(
                "{\"downloadUrl\":\"" + fake.baseUrl() + "/temporary/gone\"}")));
        fake.server.stubFor(get(urlPathEqualTo("/temporary/gone")).willReturn(aResponse().withStatus(403)));
        assertThatThrownBy(() -> messenger.download("dc-1"))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isFalse());

        fake.server.stubFor(post(urlPathEqualTo(DOWNLOAD)).willReturn(error(429, "Throttling")));
        assertThatThrownBy(() -> messenger.download("dc-1"))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isTrue());
    }

    @Test
    void fileIsUploadedThenSentAsSampleFile() throws Exception {
        fake.server.stubFor(post(urlPathEqualTo("/media/upload"))
                .willReturn(json("{\"errcode\":0,\"errmsg\":\"ok\",\"media_id\":\"@lAD0media\",\"type\":\"file\"}")));

        messenger.send(new OutgoingMessage(13, Kind.FILE, List.of("u1"), null, "2024年考核表.xlsx", null, null, null,
                null, new byte[] {1, 2, 3}));

        LoggedRequest upload = single("/media/upload");
        assertThat(upload.queryParameter("access_token").firstValue()).isEqualTo("token-1");
        assertThat(upload.queryParameter("type").firstValue()).isEqualTo("file");
        assertThat(upload.getHeader("Content-Type")).startsWith("multipart/form-data").contains("boundary=");
        var media = upload.getPart("media");
        assertThat(media.getBody().asBytes()).containsExactly(1, 2, 3);
        assertThat(media.getHeader("Content-Disposition").firstValue()).contains("name=\"media\"", "filename=");
        JsonNode body = body(single(BATCH_SEND));
        assertThat(body.path("msgKey").stringValue()).isEqualTo("sampleFile");
        JsonNode param = JsonMapper.shared().readTree(body.path("msgParam").stringValue());
        assertThat(param.path("mediaId").stringValue()).isEqualTo("@lAD0media");
        assertThat(param.path("fileName").stringValue()).isEqualTo("2024年考核表.xlsx");
        assertThat(param.path("fileType").stringValue()).isEqualTo("xlsx");
    }

    @Test
    void imageIsUploadedAsAnImageThenSentAsSampleImageMsgWithItsMediaId() throws Exception {
        fake.server.stubFor(post(urlPathEqualTo("/media/upload")).willReturn(json("""
                {"errcode":0,"errmsg":"ok","media_id":"@lADPDgQ9qnh2_xHNAyDNBLA","created_at":1605863153573,
                 "type":"image"}""")));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

        messenger.send(new OutgoingMessage(14, Kind.IMAGE, List.of("u1", "u2"), null, "赵强2026年积分图.png", null, null,
                null, null, png));

        LoggedRequest upload = single("/media/upload");
        assertThat(upload.queryParameter("access_token").firstValue()).isEqualTo("token-1");
        assertThat(upload.queryParameter("type").firstValue()).isEqualTo("image");
        assertThat(upload.getHeader("Content-Type")).startsWith("multipart/form-data").contains("boundary=");
        var media = upload.getPart("media");
        assertThat(media.getBody().asBytes()).isEqualTo(png);
        assertThat(media.getHeader("Content-Type").firstValue()).isEqualTo("image/png");
        assertThat(media.getHeader("Content-Disposition").firstValue()).contains("form-data", "name=\"media\"",
                "filename=");
        JsonNode body = body(single(BATCH_SEND));
        assertThat(body.path("robotCode").stringValue()).isEqualTo("dingrobot01");
        assertThat(body.path("msgKey").stringValue()).isEqualTo("sampleImageMsg");
        assertThat(body.path("userIds").toString()).isEqualTo("[\"u1\",\"u2\"]");
        JsonNode param = JsonMapper.shared().readTree(body.path("msgParam").stringValue());
        assertThat(param.path("photoURL").stringValue()).isEqualTo("@lADPDgQ9qnh2_xHNAyDNBLA");
        assertThat(param.size()).isOne();
    }

    @Test
    void anImageDingTalkRefusesIsNotSentAndNotRetried() {
        fake.server.stubFor(post(urlPathEqualTo("/media/upload"))
                .willReturn(json("{\"errcode\":40005,\"errmsg\":\"不合法的文件类型\",\"request_id\":\"r9\"}")));

        assertThatThrownBy(() -> messenger.send(new OutgoingMessage(15, Kind.IMAGE, List.of("u1"), null, "图.png", null,
                null, null, null, new byte[] {1})))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isFalse());
        assertThat(fake.requests(BATCH_SEND)).isEmpty();
    }

    @Test
    void messageWithoutRecipientsIsNotRetryable() {
        assertThatThrownBy(() -> messenger.send(message(Kind.TEXT, List.of(), null, "x")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isFalse());
    }

    private LoggedRequest single(String path) {
        List<LoggedRequest> requests = fake.requests(path);
        assertThat(requests).as(path).hasSize(1);
        return requests.get(0);
    }

    private static OutgoingMessage message(Kind kind, List<String> users, String group, String body) {
        return new OutgoingMessage(1, kind, users, group, "标题", body, null, null, null, null);
    }
}
