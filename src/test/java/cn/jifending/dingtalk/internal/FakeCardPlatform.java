package cn.jifending.dingtalk.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.dingtalk.open.app.api.callback.CallbackCommandExecutor;
import com.dingtalk.open.app.api.callback.DingTalkStreamTopics;
import com.dingtalk.open.app.stream.network.api.Context;
import com.dingtalk.open.app.stream.protocol.ProtocolRequestFacade;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * DingTalk's card platform as documented, strict: {@code POST /v1.0/card/instances/createAndDeliver},
 * {@code PUT /v1.0/card/instances} and {@code POST /v1.0/card/callbacks/register} validate their bodies
 * and answer what DingTalk would reject with its 400 shape ({@code {"code","message","requestid"}});
 * accepted cards are kept as DingTalk holds them. A press is delivered ONLY for a card DingTalk would
 * call back: an instance created with {@code callbackType STREAM} through the Stream listener via the
 * SDK's own {@link CallbackCommandExecutor}, an instance with {@code callbackType HTTP} whose
 * {@code callbackRouteKey} was registered by POSTing to the registered URL; anything else fails the test.
 */
final class FakeCardPlatform implements ResponseDefinitionTransformerV2 {

    static final String NAME = "card-platform";
    static final String CREATE = "/v1.0/card/instances/createAndDeliver";
    static final String UPDATE = "/v1.0/card/instances";
    static final String REGISTER = "/v1.0/card/callbacks/register";

    /** One card instance as DingTalk holds it. */
    record Instance(String outTrackId, String templateId, String callbackType, String routeKey, List<String> users,
                    String groupId, Map<String, String> data) {
    }

    /** What a callback was answered: HTTP status (200 for a Stream acknowledgement) and body. */
    record Answer(int status, JsonNode body) {
    }

    final Map<String, Instance> instances = new ConcurrentHashMap<>();
    final Map<String, String> routes = new ConcurrentHashMap<>();
    final List<String> rejections = new CopyOnWriteArrayList<>();
    private final AtomicReference<CallbackCommandExecutor> stream = new AtomicReference<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** Routes the three card endpoints of {@code server} through this fake. */
    void stubOn(WireMockServer server) {
        server.stubFor(post(urlPathEqualTo(CREATE)).willReturn(aResponse().withTransformers(NAME)));
        server.stubFor(put(urlPathEqualTo(UPDATE)).willReturn(aResponse().withTransformers(NAME)));
        server.stubFor(post(urlPathEqualTo(REGISTER)).willReturn(aResponse().withTransformers(NAME)));
    }

    /** The Stream side: DingTalk pushes card callbacks to this executor (the SDK's own) on the card topic. */
    void connectStream(StreamCardListener listener) {
        CallbackCommandExecutor executor = new CallbackCommandExecutor();
        executor.register(DingTalkStreamTopics.CARD_CALLBACK_TOPIC, listener);
        stream.set(executor);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        var request = event.getRequest();
        String token = request.getHeader("x-acs-dingtalk-access-token");
        if (token == null || token.isBlank()) {
            return reject(401, "MissingAccessToken", "access token is missing");
        }
        JsonNode body;
        try {
            body = JsonMapper.shared().readTree(request.getBodyAsString());
        } catch (RuntimeException e) {
            return reject(400, "param.empty", "body is not JSON");
        }
        if (body == null || !body.isObject()) {
            return reject(400, "param.empty", "入参为空");
        }
        String path = URI.create(request.getUrl()).getPath();
        return switch (path) {
            case CREATE -> create(body);
            case UPDATE -> update(body);
            case REGISTER -> register(body);
            default -> reject(404, "NotFound", path);
        };
    }

    private ResponseDefinition create(JsonNode body) {
        String outTrackId = body.path("outTrackId").asString("");
        String templateId = body.path("cardTemplateId").asString("");
        if (outTrackId.isBlank()) {
            return reject(400, "param.outTrackIdEmpty", "业务标识 outTrackId 为空");
        }
        if (templateId.isBlank()) {
            return reject(400, "param.cardTemplateIdEmpty", "卡片模版 Id 为空");
        }
        Map<String, String> data = strings(body.path("cardData").path("cardParamMap"));
        if (data == null) {
            return reject(400, "param.cardParamMapInvalid", "cardData.cardParamMap 须为字符串键值");
        }
        String callbackType = body.path("callbackType").asString("");
        String routeKey = body.path("callbackRouteKey").asString("");
        if (!callbackType.isEmpty() && !callbackType.equals("STREAM") && !callbackType.equals("HTTP")) {
            return reject(400, "param.callbackTypeInvalid", "callbackType 只能是 STREAM 或 HTTP");
        }
        if (callbackType.equals("HTTP") && routeKey.isBlank()) {
            return reject(400, "param.callbackRouteKeyEmpty", "HTTP 回调须有 callbackRouteKey");
        }
        int userIdType = body.path("userIdType").asInt(1);
        if (userIdType != 1 && userIdType != 2) {
            return reject(400, "param.userIdTypeInvalid", "userIdType 只能是 1 或 2");
        }
        String openSpaceId = body.path("openSpaceId").asString("");
        if (!openSpaceId.startsWith("dtv1.card//")) {
            return reject(400, "param.openSpaceIdInvalid", "openSpaceId 须形如 dtv1.card//IM_ROBOT.userId");
        }
        List<String> users = new ArrayList<>();
        String group = null;
        for (String space : openSpaceId.substring("dtv1.card//".length()).split(";")) {
            if (space.startsWith("IM_ROBOT.") && space.length() > 9) {
                users.add(space.substring(9));
            } else if (space.startsWith("IM_GROUP.") && space.length() > 9) {
                group = space.substring(9);
            } else {
                return reject(400, "param.openSpaceIdInvalid", "未知的场域 " + space);
            }
        }
        if (!users.isEmpty() && (!body.path("imRobotOpenDeliverModel").isObject()
                || !"IM_ROBOT".equals(body.path("imRobotOpenDeliverModel").path("spaceType").asString("")))) {
            return reject(400, "param.openSpaceModelInvalid", "IM_ROBOT 场域须有 imRobotOpenDeliverModel.spaceType");
        }
        if (group != null && body.path("imGroupOpenDeliverModel").path("robotCode").asString("").isBlank()) {
            return reject(400, "param.openSpaceModelInvalid", "IM_GROUP 场域须有 imGroupOpenDeliverModel.robotCode");
        }
        instances.put(outTrackId, new Instance(outTrackId, templateId, callbackType, routeKey, List.copyOf(users),
                group, new LinkedHashMap<>(data)));
        ObjectNode answer = JsonMapper.shared().createObjectNode().put("success", true);
        ObjectNode result = answer.putObject("result").put("outTrackId", outTrackId);
        var results = result.putArray("deliverResults");
        users.forEach(u -> results.addObject().put("spaceType", "IM_ROBOT").put("spaceId", u).put("success", true));
        return ok(answer);
    }

    private ResponseDefinition update(JsonNode body) {
        String outTrackId = body.path("outTrackId").asString("");
        if (outTrackId.isBlank()) {
            return reject(400, "param.outTrackIdEmpty", "业务标识 outTrackId 为空");
        }
        Instance instance = instances.get(outTrackId);
        if (instance == null) {
            return reject(400, "param.cardInstanceNotExist", "卡片实例不存在");
        }
        Map<String, String> data = strings(body.path("cardData").path("cardParamMap"));
        if (data == null) {
            return reject(400, "param.cardParamMapInvalid", "cardData.cardParamMap 须为字符串键值");
        }
        JsonNode options = body.path("cardUpdateOptions");
        if (!options.isMissingNode() && !options.isObject()) {
            return reject(400, "param.cardUpdateOptionsInvalid", "cardUpdateOptions 须为对象");
        }
        apply(instance, data, options.path("updateCardDataByKey").asBoolean(false));
        return ok(JsonMapper.shared().createObjectNode().put("success", true).put("result", true));
    }

    private ResponseDefinition register(JsonNode body) {
        String routeKey = body.path("callbackRouteKey").asString("");
        String url = body.path("callbackUrl").asString("");
        if (routeKey.isBlank()) {
            return reject(400, "param.callbackRouteKeyEmpty", "callbackRouteKey 为空");
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return reject(400, "param.callbackUrlInvalid", "callbackUrl 不是 URL");
        }
        if (uri.getHost() == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            return reject(400, "param.callbackUrlInvalid", "callbackUrl 须为 http(s) 地址");
        }
        if (routes.containsKey(routeKey) && !body.path("forceUpdate").asBoolean(false)) {
            return reject(400, "param.callbackRouteKeyExist", "callbackRouteKey 已注册");
        }
        routes.put(routeKey, url);
        ObjectNode answer = JsonMapper.shared().createObjectNode().put("success", true);
        answer.putObject("result").put("callbackUrl", url).put("apiSecret", "fake-api-secret");
        return ok(answer);
    }

    /**
     * A user presses a component of a card ({@code btn1} … on the general template) with the params the
     * template sends; DingTalk calls back only as the instance was created to be called back.
     */
    Answer press(String outTrackId, String userId, String componentId, Map<String, String> params) {
        Instance instance = instances.get(outTrackId);
        if (instance == null) {
            throw new AssertionError("DingTalk holds no card " + outTrackId + ": nobody can press it");
        }
        if (instance.groupId() == null && !instance.users().contains(userId)) {
            throw new AssertionError("Card " + outTrackId + " was not delivered to " + userId);
        }
        return deliver(instance, callback(outTrackId, userId, componentId, params));
    }

    /** DingTalk's card callback body (the recorded shape of {@code src/test/resources/dingtalk/cardCallback.json}). */
    static String callback(String outTrackId, String userId, String componentId, Map<String, String> params) {
        ObjectNode content = JsonMapper.shared().createObjectNode();
        ObjectNode privateData = content.putObject("cardPrivateData");
        privateData.putArray("actionIds").add(componentId);
        ObjectNode p = privateData.putObject("params");
        params.forEach(p::put);
        ObjectNode body = JsonMapper.shared().createObjectNode()
                .put("extension", "{}").put("corpId", "dingfakecorp").put("type", "actionCallback")
                .put("outTrackId", outTrackId).put("userId", userId).put("userIdType", 1)
                .put("spaceType", "IM").put("spaceId", "cidFake==")
                .put("content", JsonMapper.shared().writeValueAsString(content));
        return JsonMapper.shared().writeValueAsString(body);
    }

    private Answer deliver(Instance instance, String callback) {
        Answer answer;
        if ("STREAM".equals(instance.callbackType())) {
            CallbackCommandExecutor executor = stream.get();
            if (executor == null) {
                throw new AssertionError("No Stream connection is open: DingTalk cannot deliver the press");
            }
            answer = streamDeliver(executor, callback);
        } else if ("HTTP".equals(instance.callbackType())) {
            String url = routes.get(instance.routeKey());
            if (url == null) {
                throw new AssertionError("Route key " + instance.routeKey() + " was never registered: DingTalk "
                        + "calls nothing for card " + instance.outTrackId());
            }
            answer = httpDeliver(url, callback);
        } else {
            throw new AssertionError("Card " + instance.outTrackId() + " was created without callbackType: "
                    + "DingTalk calls nothing when it is pressed");
        }
        JsonNode update = answer.body().path("cardData").path("cardParamMap");
        if (answer.status() == 200 && update.isObject()) {
            Map<String, String> data = strings(update);
            if (data != null) {
                apply(instance, data, answer.body().path("cardUpdateOptions").path("updateCardDataByKey")
                        .asBoolean(false));
            }
        }
        return answer;
    }

    private Answer httpDeliver(String url, String callback) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(callback)).build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body() == null || response.body().isBlank() ? "{}" : response.body();
            return new Answer(response.statusCode(), JsonMapper.shared().readTree(text));
        } catch (Exception e) {
            throw new AssertionError("Card callback to " + url + " failed", e);
        }
    }

    private static Answer streamDeliver(CallbackCommandExecutor executor, String callback) {
        AtomicReference<Answer> answer = new AtomicReference<>();
        String messageId = UUID.randomUUID().toString();
        executor.execute(new Context() {
            @Override
            public void replay(Object response) {
                // The SDK acknowledges with a CallbackResponsePayload: the listener's return value is its "response".
                JsonNode ack = JsonMapper.shared().valueToTree(response == null ? Map.of() : response);
                JsonNode listenerAnswer = ack.path("response");
                answer.set(new Answer(200, listenerAnswer.isObject() ? listenerAnswer
                        : JsonMapper.shared().createObjectNode()));
            }

            @Override
            public void exception(Throwable throwable) {
                answer.set(new Answer(500, JsonMapper.shared().createObjectNode()
                        .put("error", String.valueOf(throwable.getMessage()))));
            }

            @Override
            public String connectionId() {
                return "fake-connection";
            }

            @Override
            public ProtocolRequestFacade getRequest() {
                return StreamFrames.callback(messageId, DingTalkStreamTopics.CARD_CALLBACK_TOPIC, callback);
            }
        });
        if (answer.get() == null) {
            throw new AssertionError("The Stream executor neither acknowledged nor failed the callback");
        }
        return answer.get();
    }

    private static void apply(Instance instance, Map<String, String> data, boolean byKey) {
        synchronized (instance) {
            if (!byKey) {
                instance.data().clear();
            }
            instance.data().putAll(data);
        }
    }

    /** The object's entries when every value is a string, else null (DingTalk takes strings only). */
    private static Map<String, String> strings(JsonNode node) {
        if (!node.isObject()) {
            return null;
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (var entry : node.properties()) {
            if (!entry.getValue().isString()) {
                return null;
            }
            map.put(entry.getKey(), entry.getValue().stringValue());
        }
        return map;
    }

    private ResponseDefinition reject(int status, String code, String message) {
        rejections.add(code + ": " + message);
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"requestid\":\""
                        + UUID.randomUUID() + "\"}").build();
    }

    private static ResponseDefinition ok(JsonNode body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(JsonMapper.shared().writeValueAsString(body)).build();
    }
}
