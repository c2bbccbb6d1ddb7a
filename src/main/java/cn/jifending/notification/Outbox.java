package cn.jifending.notification;

import java.util.List;
import java.util.Map;

/**
 * Where every module puts what must be told to people. Writes a row in the caller's transaction
 * (so the message exists if and only if the change that caused it committed); a dispatcher
 * renders and delivers it later through {@link Messenger}, retrying with backoff.
 */
public interface Outbox {

    /** A one-to-one message rendered from {@code bot-templates/messages/<template>.md}. */
    void message(List<String> userIds, String template, Map<String, ?> model);

    /** A group message rendered from {@code bot-templates/messages/<template>.md}. */
    void groupMessage(String groupId, String template, Map<String, ?> model);

    /**
     * A reply to one inbound message, to {@code userId} one-to-one, or to {@code groupId} when it is
     * not null: posted through {@code webhook} while it is valid, else (or when that fails) sent as
     * {@link #message} / {@link #groupMessage} would. {@code webhook} may be null.
     */
    default void reply(String userId, String groupId, ReplyWebhook webhook, String template, Map<String, ?> model) {
        if (groupId != null) {
            groupMessage(groupId, template, model);
        } else {
            message(List.of(userId), template, model);
        }
    }

    /** A new interactive card from {@code bot-templates/cards/<cardKind>.json}; returns nothing, the caller chose {@code outTrackId}. */
    void card(List<String> userIds, String cardKind, String outTrackId, Map<String, ?> params);

    /** Updates a card already sent (every recipient sees the new state). */
    void updateCard(String outTrackId, String cardKind, Map<String, ?> params);

    /** A file (e.g. an .xlsx export) to one-to-one recipients. */
    void file(List<String> userIds, String fileName, byte[] content);

    /**
     * A picture (PNG) shown in the chat itself, not as a file to open, to one-to-one recipients. The
     * application's outbox sends it as an {@code IMAGE} message; an outbox that knows no pictures sends a file.
     */
    default void image(List<String> userIds, String fileName, byte[] png) {
        file(userIds, fileName, png);
    }
}
