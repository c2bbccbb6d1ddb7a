package cn.jifending.dingtalk.internal;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A DingTalk card callback (Stream topic {@code /v1.0/card/instances/callback} or the HTTP callback
 * body), bound by {@link InboundJson}: who pressed on which card, and {@code content}, a JSON string
 * (in every recorded callback; an inline object is accepted too) holding {@link Content}.
 */
record CardCallbackPayload(String outTrackId, String userId, JsonNode content) {

    /** The decoded {@code content}. */
    record Content(PrivateData cardPrivateData) {
    }

    /** The pressed component's action ids and the params (input values) it sent. */
    record PrivateData(List<String> actionIds, Map<String, JsonNode> params) {
    }
}
