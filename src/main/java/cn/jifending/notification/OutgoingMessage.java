package cn.jifending.notification;

import java.util.List;
import java.util.Map;

/**
 * One rendered message ready to deliver.
 *
 * @param id           the outbox row id (stable across retries, usable as an idempotency key); for
 *                     identical texts grouped into one send, the smallest id of the group
 * @param kind         what to send
 * @param userIds      one-to-one recipients (DingTalk {@code userid}s); empty for a group message
 * @param groupId      the group conversation id for a group message, else null
 * @param title        short title (markdown title, card title, file name)
 * @param body         rendered markdown for TEXT/MARKDOWN; the rendered card layout JSON (bot-templates/cards) for CARD and CARD_UPDATE
 * @param cardKind     the card layout name in {@code bot-templates/cards/} for CARD and CARD_UPDATE
 * @param outTrackId   the card instance id for CARD (create) and CARD_UPDATE (update in place)
 * @param cardParams   every card param, all strings (DingTalk requires strings)
 * @param fileBytes    content for FILE and IMAGE (a PNG shown in the chat as a picture), else null
 * @param replyWebhook for a reply to an inbound message, where the channel may post it directly
 *                     while valid (else the ordinary send); null otherwise
 */
public record OutgoingMessage(long id, Kind kind, List<String> userIds, String groupId, String title,
                              String body, String cardKind, String outTrackId,
                              Map<String, String> cardParams, byte[] fileBytes, ReplyWebhook replyWebhook) {

    public OutgoingMessage {
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
        cardParams = cardParams == null ? Map.of() : Map.copyOf(cardParams);
    }

    /** A message that is not a reply through a webhook. */
    public OutgoingMessage(long id, Kind kind, List<String> userIds, String groupId, String title, String body,
                           String cardKind, String outTrackId, Map<String, String> cardParams, byte[] fileBytes) {
        this(id, kind, userIds, groupId, title, body, cardKind, outTrackId, cardParams, fileBytes, null);
    }

    /** The same message without its reply webhook (the ordinary send). */
    public OutgoingMessage withoutReplyWebhook() {
        return new OutgoingMessage(id, kind, userIds, groupId, title, body, cardKind, outTrackId, cardParams,
                fileBytes, null);
    }

    public enum Kind { TEXT, MARKDOWN, CARD, CARD_UPDATE, FILE, IMAGE }
}
