package cn.jifending.dingtalk.internal;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Tolerant reads of DingTalk JSON: absent or odd-typed fields read as blank, never throw. */
final class JsonFields {

    private JsonFields() {
    }

    static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedPayloadException("empty payload");
        }
        try {
            JsonNode node = JsonMapper.shared().readTree(json);
            if (node == null || !node.isObject()) {
                throw new MalformedPayloadException("payload is not a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new MalformedPayloadException("payload is not JSON", e);
        }
    }

    /** The field as text: strings as they are, numbers and booleans as written, anything else blank. */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return scalar(value);
    }

    static String scalar(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isString()) {
            return value.stringValue();
        }
        return value.isValueNode() ? value.asString() : "";
    }

    /** The value as a string for a {@code Map<String,String>}: scalars as text, objects/arrays as compact JSON. */
    static String asParam(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        return value.isContainer() ? value.toString() : scalar(value);
    }

    static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }
}
