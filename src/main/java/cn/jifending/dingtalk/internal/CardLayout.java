package cn.jifending.dingtalk.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A rendered card layout ({@code bot-templates/cards/<kind>.json}: {@code title}, {@code markdown},
 * optional {@code status}, {@code inputs} [{name, label}] and {@code buttons} [{text, actionId, style}])
 * flattened onto the variables of the one general card template (src/docs/dingtalk-cards.md). Every
 * variable is always present, so an update with {@code updateCardDataByKey} clears what the new state
 * no longer has (a decided card loses its buttons and inputs).
 */
record CardLayout(String title, String markdown, String status, List<Button> buttons, List<Input> inputs) {

    static final int MAX_BUTTONS = 4;
    static final int MAX_INPUTS = 2;

    record Button(String text, String actionId, String style) {
    }

    record Input(String name, String label) {
    }

    CardLayout {
        buttons = List.copyOf(buttons);
        inputs = List.copyOf(inputs);
    }

    /** @throws IllegalArgumentException when a layout has more buttons or inputs than the template holds */
    static CardLayout parse(String layoutJson, String fallbackTitle) {
        JsonNode layout = layoutJson == null || layoutJson.isBlank()
                ? JsonMapper.shared().createObjectNode() : JsonMapper.shared().readTree(layoutJson);
        String title = text(layout.path("title"));
        List<Button> buttons = new ArrayList<>();
        for (JsonNode b : layout.path("buttons").values()) {
            String actionId = text(b.path("actionId"));
            if (!actionId.isEmpty()) {
                String style = text(b.path("style"));
                buttons.add(new Button(text(b.path("text")), actionId,
                        style.isEmpty() ? (buttons.isEmpty() ? "primary" : "normal") : style));
            }
        }
        List<Input> inputs = new ArrayList<>();
        for (JsonNode i : layout.path("inputs").values()) {
            String name = text(i.path("name"));
            if (!name.isEmpty()) {
                String label = text(i.path("label"));
                inputs.add(new Input(name, label.isEmpty() ? name : label));
            }
        }
        if (buttons.size() > MAX_BUTTONS || inputs.size() > MAX_INPUTS) {
            throw new IllegalArgumentException("A card has at most " + MAX_BUTTONS + " buttons and " + MAX_INPUTS
                    + " inputs; this one has " + buttons.size() + " and " + inputs.size());
        }
        return new CardLayout(title.isEmpty() && fallbackTitle != null ? fallbackTitle : title,
                text(layout.path("markdown")), text(layout.path("status")), buttons, inputs);
    }

    /** The template's variables, all strings ({@code cardData.cardParamMap}). */
    Map<String, String> cardParamMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("title", title);
        map.put("markdown", markdown);
        map.put("status", status);
        map.put("status_show", Boolean.toString(!status.isEmpty()));
        map.put("buttons_show", Boolean.toString(!buttons.isEmpty()));
        for (int n = 1; n <= MAX_BUTTONS; n++) {
            Button b = n <= buttons.size() ? buttons.get(n - 1) : null;
            map.put("btn" + n + "_show", Boolean.toString(b != null));
            map.put("btn" + n + "_text", b == null ? "" : b.text());
            map.put("btn" + n + "_action", b == null ? "" : b.actionId());
            map.put("btn" + n + "_style", b == null ? "" : b.style());
        }
        for (int n = 1; n <= MAX_INPUTS; n++) {
            Input i = n <= inputs.size() ? inputs.get(n - 1) : null;
            map.put("input" + n + "_show", Boolean.toString(i != null));
            map.put("input" + n + "_name", i == null ? "" : i.name());
            map.put("input" + n + "_label", i == null ? "" : i.label());
        }
        return map;
    }

    /** The card as a template's variables recorded earlier: the inverse of {@link #cardParamMap()}. */
    static CardLayout fromCardData(Map<String, String> data) {
        List<Button> buttons = new ArrayList<>();
        for (int n = 1; n <= MAX_BUTTONS; n++) {
            String action = data.getOrDefault("btn" + n + "_action", "");
            if (!action.isEmpty()) {
                buttons.add(new Button(data.getOrDefault("btn" + n + "_text", ""), action,
                        data.getOrDefault("btn" + n + "_style", "")));
            }
        }
        List<Input> inputs = new ArrayList<>();
        for (int n = 1; n <= MAX_INPUTS; n++) {
            String name = data.getOrDefault("input" + n + "_name", "");
            if (!name.isEmpty()) {
                inputs.add(new Input(name, data.getOrDefault("input" + n + "_label", "")));
            }
        }
        return new CardLayout(data.getOrDefault("title", ""), data.getOrDefault("markdown", ""),
                data.getOrDefault("status", ""), buttons, inputs);
    }

    /**
     * The action a press names: the general template's slot ({@code btn1} … {@code btn4}) mapped to the
     * button in that slot, or the action id itself when the card has such a button (a per-kind template).
     */
    Optional<String> action(String pressedId) {
        if (pressedId.matches("btn[1-9]")) {
            int slot = pressedId.charAt(3) - '0';
            return slot <= buttons.size() ? Optional.of(buttons.get(slot - 1).actionId()) : Optional.empty();
        }
        return buttons.stream().map(Button::actionId).filter(pressedId::equals).findFirst();
    }

    /** The declared input in a slot ({@code input1}, {@code input2}) or with that name. */
    Optional<Input> input(String key) {
        for (int n = 1; n <= inputs.size(); n++) {
            Input i = inputs.get(n - 1);
            if (key.equals("input" + n) || key.equals(i.name())) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static String text(JsonNode node) {
        return node.isValueNode() ? node.asString() : "";
    }
}
