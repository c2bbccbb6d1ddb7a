package cn.jifending.dingtalk.internal;

import static cn.jifending.dingtalk.internal.JsonFields.text;

import cn.jifending.bot.CardAction;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Turns a DingTalk card callback (Stream topic {@code /v1.0/card/instances/callback} or the HTTP
 * callback body) into a {@link CardAction}. The {@code content} field is itself a JSON string
 * holding {@code cardPrivateData.actionIds} and {@code cardPrivateData.params}; every param
 * becomes a string (objects and arrays as compact JSON).
 */
public final class CardCallbackParser {

    private final Clock clock;

    public CardCallbackParser(Clock clock) {
        this.clock = clock;
    }

    /** @throws MalformedPayloadException when the payload is not JSON or lacks outTrackId, userId or an action */
    public CardAction parse(String json) {
        JsonNode root = JsonFields.parse(json);
        String outTrackId = text(root, "outTrackId");
        String userId = text(root, "userId");
        JsonNode content = content(root.path("content"));
        JsonNode privateData = content.path("cardPrivateData");
        JsonNode actionIds = privateData.path("actionIds");
        String actionId = actionIds.isArray() && !actionIds.isEmpty() ? JsonFields.scalar(actionIds.get(0)) : "";
        if (outTrackId.isBlank() || userId.isBlank() || actionId.isBlank()) {
            throw new MalformedPayloadException("card callback without outTrackId, userId or actionIds");
        }
        Map<String, String> params = new LinkedHashMap<>();
        JsonNode rawParams = privateData.path("params");
        if (rawParams.isObject()) {
            for (var entry : rawParams.properties()) {
                params.put(entry.getKey(), JsonFields.asParam(entry.getValue()));
            }
        }
        return new CardAction(outTrackId, userId, actionId, params, clock.instant());
    }

    /** {@code content} is a JSON string in every recorded callback; an inline object is accepted too. */
    private static JsonNode content(JsonNode content) {
        if (content.isObject()) {
            return content;
        }
        String raw = JsonFields.scalar(content);
        return raw.isBlank() ? content : JsonFields.parse(raw);
    }
}
