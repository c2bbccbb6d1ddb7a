package cn.jifending.dingtalk.internal;

import tools.jackson.databind.JsonNode;

/** Tolerant reads of DingTalk OpenAPI answers: absent or odd-typed fields read as blank, never throw. */
final class JsonFields {

    private JsonFields() {
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
}
