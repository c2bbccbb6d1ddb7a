package cn.jifending.notification;

import java.util.HashMap;
import java.util.Map;

/**
 * Renders the texts in {@code bot-templates/}: {@code messages/<name>.md} (markdown) and
 * {@code cards/<kind>.json} (card layouts). Placeholders are {@code {{name}}}; a placeholder with
 * no value in the model is an error ({@link IllegalArgumentException}), never a blank.
 *
 * <p>Modules rarely need this directly ({@link Outbox} renders when it enqueues); it is for
 * composing a reply out of several templates, and for channels that lay out cards themselves.
 */
public interface MessageTemplates {

    /** The rendered markdown of {@code bot-templates/messages/<name>.md}. */
    String message(String name, Map<String, ?> model);

    /** The rendered card layout JSON of {@code bot-templates/cards/<kind>.json} (values JSON-escaped). */
    String card(String kind, Map<String, ?> model);

    /**
     * The {@code CODE=label} lines of {@code bot-templates/messages/<name>.md} (e.g. {@code fact-labels}), by code:
     * the words shown for stored codes. Lines without {@code =} are left out.
     */
    default Map<String, String> labels(String name) {
        Map<String, String> labels = new HashMap<>();
        for (String line : message(name, Map.of()).strip().split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                labels.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return labels;
    }
}
