package cn.jifending.dingtalk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps our channel-neutral card layout ({@code bot-templates/cards/<kind>.json}: {@code title},
 * {@code markdown}, optional {@code inputs} [{name, label}], {@code buttons} [{text, actionId}]) onto
 * the card JSON of DingTalk's built-in {@code StandardCard} template, sent as the {@code cardData} string:
 * {@code header.title} a text, the markdown as a {@code markdown} element, and the buttons as one
 * {@code action} element of {@code button}s with {@code actionType} {@code request}.
 *
 * <p>The button form (type/label/actionType/status/id) is the one in DingTalk's own card samples
 * (dingtalk-stream-sdk-python {@code interactive_card.py}) and in public integrations; a pressed
 * {@code request} button is reported with its {@code id} in {@code cardPrivateData.actionIds}, so the id
 * is our actionId. Not verified against a live tenant. StandardCard has no documented input element,
 * so inputs are listed in a second markdown element telling the reader to reply by text instead.
 */
final class StandardCardLayout {

    private final Function<List<String>, String> inputsHint;

    /** @param inputsHint renders the hint for the given input labels (from {@code bot-templates/}) */
    StandardCardLayout(Function<List<String>, String> inputsHint) {
        this.inputsHint = inputsHint;
    }

    /** The {@code cardData} JSON string for a rendered layout (blank layout: the title alone). */
    String cardData(String layoutJson, String fallbackTitle) {
        JsonMapper json = JsonMapper.shared();
        JsonNode layout = layoutJson == null || layoutJson.isBlank() ? json.createObjectNode() : json.readTree(layoutJson);
        ObjectNode card = json.createObjectNode();
        card.putObject("config").put("autoLayout", true).put("enableForward", false);
        String title = text(layout.path("title"));
        card.putObject("header").putObject("title").put("type", "text")
                .put("text", title.isEmpty() && fallbackTitle != null ? fallbackTitle : title);
        ArrayNode contents = card.putArray("contents");
        String markdown = text(layout.path("markdown"));
        if (!markdown.isEmpty()) {
            contents.addObject().put("type", "markdown").put("text", markdown).put("id", "markdown");
        }
        List<String> labels = new ArrayList<>();
        for (JsonNode input : layout.path("inputs").values()) {
            String label = text(input.path("label"));
            labels.add(label.isEmpty() ? text(input.path("name")) : label);
        }
        if (!labels.isEmpty()) {
            contents.addObject().put("type", "markdown").put("text", inputsHint.apply(labels)).put("id", "inputs");
        }
        ArrayNode actions = json.createArrayNode();
        for (JsonNode button : layout.path("buttons").values()) {
            String actionId = text(button.path("actionId"));
            if (actionId.isEmpty()) {
                continue;
            }
            ObjectNode element = actions.addObject().put("type", "button");
            element.putObject("label").put("type", "text").put("text", text(button.path("text")))
                    .put("id", "label_" + actionId);
            element.put("actionType", "request")
                    .put("status", actions.size() == 1 ? "primary" : "normal")
                    .put("id", actionId);
        }
        if (!actions.isEmpty()) {
            contents.addObject().put("type", "action").put("id", "actions").set("actions", actions);
        }
        return json.writeValueAsString(card);
    }

    private static String text(JsonNode node) {
        return node.isValueNode() ? node.asString() : "";
    }
}
