package cn.jifending.bot;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The bound of every inbound field. {@link InboundMessage} and {@link CardAction} check them when
 * built, so nothing longer than its column (or its unique key) ever reaches the database and
 * nothing is cut short silently. Ids follow DingTalk's own limits where it documents them (a
 * {@code userid} is 1 to 64 characters); the others leave room for every id we have seen.
 * An over-long chat text is not an error here: the bot records it and answers politely.
 */
public final class InboundLimits {

    /** {@code msgId}: DingTalk's are about 30 characters; 96 keeps ids derived from it under 128. */
    public static final int MSG_ID = 96;
    /** DingTalk {@code userid}: 1 to 64 characters. */
    public static final int USER_ID = 64;
    public static final int NICK = 128;
    /** {@code conversationId}: a group id, stored as an outbox target (128). */
    public static final int CONVERSATION_ID = 128;
    public static final int ATTACHMENTS = 50;
    public static final int DOWNLOAD_CODE = 1024;
    public static final int FILE_NAME = 255;
    /** The card instance id, as stored in {@code inbound_event.out_track_id} (128). */
    public static final int OUT_TRACK_ID = 128;
    /** The button's action id, as stored in {@code inbound_event.action_id} (64). */
    public static final int ACTION_ID = 64;
    public static final int PARAMS = 100;
    public static final int PARAM_NAME = 64;
    public static final int PARAM_VALUE = 8000;
    /** The longest chat text the bot handles; longer ones are recorded and answered politely. */
    public static final int TEXT = 4000;
    /** When a message may say it was sent: DingTalk's {@code createAt} is epoch milliseconds. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    private InboundLimits() {
    }

    static void checkMessage(String msgId, String senderUserId, String senderNick, String conversationId,
                             List<InboundMessage.Attachment> attachments, Instant receivedAt) {
        id("msgId", msgId, MSG_ID);
        id("senderUserId", senderUserId, USER_ID);
        optional("senderNick", senderNick, NICK);
        optional("conversationId", conversationId, CONVERSATION_ID);
        time(receivedAt);
        if (attachments == null) {
            return;
        }
        if (attachments.size() > ATTACHMENTS) {
            throw new InvalidInboundException("more than " + ATTACHMENTS + " attachments: " + attachments.size());
        }
        for (InboundMessage.Attachment a : attachments) {
            if (a == null || a.kind() == null) {
                throw new InvalidInboundException("an attachment without its kind");
            }
            id("downloadCode", a.downloadCode(), DOWNLOAD_CODE);
            optional("fileName", a.fileName(), FILE_NAME);
        }
    }

    /** Also for a channel that must judge a press before it becomes a {@link CardAction} (an unknown card). */
    public static void checkCardAction(String outTrackId, String userId, String actionId, Map<String, String> params) {
        id("outTrackId", outTrackId, OUT_TRACK_ID);
        id("userId", userId, USER_ID);
        id("actionId", actionId, ACTION_ID);
        if (params == null) {
            return;
        }
        if (params.size() > PARAMS) {
            throw new InvalidInboundException("more than " + PARAMS + " card params: " + params.size());
        }
        params.forEach((name, value) -> {
            id("param name", name, PARAM_NAME);
            if (value == null) {
                throw new InvalidInboundException("card param " + name + " without a value");
            }
            optional("card param " + name, value, PARAM_VALUE);
        });
    }

    /** Non-blank, at most {@code max} characters, no control characters. */
    private static void id(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInboundException(field + " is missing");
        }
        optional(field, value, max);
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInboundException(field + " contains control characters");
        }
    }

    private static void optional(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInboundException(field + " is longer than " + max + " characters: " + value.length());
        }
    }

    private static void time(Instant at) {
        if (at != null && (at.isBefore(EARLIEST) || !at.isBefore(LATEST))) {
            throw new InvalidInboundException("send time out of range: " + at);
        }
    }
}
