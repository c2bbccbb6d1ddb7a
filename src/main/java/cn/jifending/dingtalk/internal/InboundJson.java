package cn.jifending.dingtalk.internal;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binds DingTalk's inbound JSON (robot messages, card callbacks) to the records that describe it.
 * DingTalk adds fields over time and is loose with types, so: unknown fields are ignored, scalars
 * bind to text fields as written ({@code "conversationType": 2} reads as "2"), and a field of an
 * unexpected shape (an array where text is expected, text where an object is) binds as absent rather
 * than failing the whole payload. A payload that is not a JSON object is a {@link MalformedPayloadException};
 * what a payload must hold is checked by its parser.
 */
final class InboundJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addHandler(new OddShapesAreAbsent())
            .build();

    private InboundJson() {
    }

    static <T> T bind(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            throw new MalformedPayloadException("empty payload");
        }
        T value;
        try {
            if (!MAPPER.readTree(json).isObject()) {
                throw new MalformedPayloadException("payload is not a JSON object");
            }
            value = MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw new MalformedPayloadException("payload is not JSON", e);
        }
        if (value == null) {
            throw new MalformedPayloadException("payload is not a JSON object");
        }
        return value;
    }

    /** Binds a subtree (already parsed) to a record; an odd shape reads as absent (null). */
    static <T> T bind(tools.jackson.databind.JsonNode node, Class<T> type) {
        if (node == null || !node.isObject()) {
            return null;
        }
        return MAPPER.treeToValue(node, type);
    }

    private static final class OddShapesAreAbsent extends DeserializationProblemHandler {

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t,
                                            JsonParser p, String failureMsg) {
            p.skipChildren();
            return null;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
                                             String failureMsg) {
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number value,
                                             String failureMsg) {
            return null;
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
                                                ValueInstantiator valueInsta, JsonParser p, String msg) {
            p.skipChildren();
            return null;
        }
    }
}
