package cn.jifending.dingtalk.internal;

import static cn.jifending.dingtalk.internal.JsonFields.text;

import cn.jifending.bot.CardAction;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Turns a DingTalk card callback (Stream topic {@code /v1.0/card/instances/callback} or the HTTP
 * callback body) into a {@link CardAction}. The {@code content} field is itself a JSON string
 * holding {@code cardPrivateData.actionIds} and {@code cardPrivateData.params}; every param
 * becomes a string (objects and arrays as compact JSON).
 *
 * <p>A press on a built-in StandardCard carries that instance's {@code cardBizId} as its
 * {@code outTrackId}; when it names a known {@link CardInstances instance}, the action gets the card's
 * outTrackId and the params the card was sent with (params in the callback, e.g. inputs, win).
 */
public final class CardCallbackParser {

    private final Clock clock;
    private final Function<String, Optional<CardInstances.Instance>> instances;

    public CardCallbackParser(Clock clock) {
        this(clock, cardBizId -> Optional.empty());
    }

    CardCallbackParser(Clock clock, Function<String, Optional<CardInstances.Instance>> instances) {
        this.clock = clock;
        this.instances = instances;
    }

    /** @throws MalformedPayloadException when the payload is not JSON or lacks outTrackId, userId or an action */
    public CardAction parse(String json) {
        JsonNode root = JsonFields.parse(json);
        String outTrackId = text(root, "outTrackId");
        String userId = text(root, "userId");
        // "content" in every recorded callback; "value" is accepted for older robot-card callbacks
        JsonNode content = content(root.has("content") ? root.path("content") : root.path("value"));
        JsonNode privateData = content.path("cardPrivateData");
        JsonNode actionIds = privateData.path("actionIds");
        String actionId = actionIds.isArray() && !actionIds.isEmpty() ? JsonFields.scalar(actionIds.get(0)) : "";
        if (outTrackId.isBlank() || userId.isBlank() || actionId.isBlank()) {
            throw new MalformedPayloadException("card callback without outTrackId, userId or actionIds");
        }
        Map<String, String> params = new LinkedHashMap<>();
        Optional<CardInstances.Instance> instance = instances.apply(outTrackId);
        if (instance.isPresent()) {
            outTrackId = instance.get().outTrackId();
            params.putAll(instance.get().params());
        }
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
