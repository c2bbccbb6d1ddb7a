package cn.jifending.dingtalk.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads a DingTalk card callback ({@link CardCallbackPayload}): {@code outTrackId}, {@code userId}, and
 * {@code content}, itself JSON holding {@code cardPrivateData.actionIds} and {@code cardPrivateData.params}.
 * Every param becomes a string (objects and arrays as compact JSON). What the press may do is decided
 * by {@link CardPresses}.
 */
public final class CardCallbackParser {

    /** One press as DingTalk reports it: the pressed component's action id and the params it sent. */
    record Press(String outTrackId, String userId, String pressedId, Map<String, String> params) {
    }

    /** @throws MalformedPayloadException when the payload is not JSON or lacks outTrackId, userId or an action */
    Press parse(String json) {
        CardCallbackPayload p = InboundJson.bind(json, CardCallbackPayload.class);
        CardCallbackPayload.PrivateData data = privateData(p.content());
        List<String> actionIds = data == null || data.actionIds() == null ? List.of() : data.actionIds();
        String actionId = actionIds.isEmpty() || actionIds.get(0) == null ? "" : actionIds.get(0);
        if (blank(p.outTrackId()) || blank(p.userId()) || actionId.isBlank()) {
            throw new MalformedPayloadException("card callback without outTrackId, userId or actionIds");
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (data.params() != null) {
            data.params().forEach((name, value) -> params.put(name, asParam(value)));
        }
        return new Press(p.outTrackId(), p.userId(), actionId, params);
    }

    /** {@code content} is a JSON string in every recorded callback; an inline object is accepted too. */
    private static CardCallbackPayload.PrivateData privateData(JsonNode content) {
        if (content == null) {
            return null;
        }
        CardCallbackPayload.Content c = content.isString() && !content.stringValue().isBlank()
                ? InboundJson.bind(content.stringValue(), CardCallbackPayload.Content.class)
                : InboundJson.bind(content, CardCallbackPayload.Content.class);
        return c == null ? null : c.cardPrivateData();
    }

    /** A param as a string: scalars as written, objects and arrays as compact JSON, null as blank. */
    private static String asParam(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isString()) {
            return value.stringValue();
        }
        return value.isContainer() ? value.toString() : value.asString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
