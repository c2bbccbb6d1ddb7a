package cn.jifending.notification;

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
}
