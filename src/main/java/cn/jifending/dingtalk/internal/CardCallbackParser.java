package cn.jifending.dingtalk.internal;

import static cn.jifending.dingtalk.internal.JsonFields.text;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads a DingTalk card callback (Stream topic {@code /v1.0/card/instances/callback} or the HTTP
 * callback body): {@code outTrackId}, {@code userId}, and {@code content}, itself a JSON string holding
 * {@code cardPrivateData.actionIds} and {@code cardPrivateData.params}. Every param becomes a string
 * (objects and arrays as compact JSON). What the press may do is decided by {@link CardPresses}.
 */
public final class CardCallbackParser {

    /** One press as DingTalk reports it: the pressed component's action id and the params it sent. */
    record Press(String outTrackId, String userId, String pressedId, Map<String, String> params) {
    }

    /** @throws MalformedPayloadException when the payload is not JSON or lacks outTrackId, userId or an action */
    Press parse(String json) {
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
        return new Press(outTrackId, userId, actionId, params);
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
