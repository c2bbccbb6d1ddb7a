package cn.jifending.bot;

import cn.jifending.notification.ReplyWebhook;
import java.time.Instant;
import java.util.List;

/**
 * One chat message sent to the bot, whatever carried it (DingTalk Stream, DingTalk HTTP callback,
 * or the sandbox console).
 *
 * @param msgId          the channel's message id; the same id delivered twice has one effect
 * @param senderUserId   the sender's DingTalk {@code userid} (the sandbox uses the same ids)
 * @param senderNick     display name as the channel reported it, may be blank
 * @param conversation   one-to-one or group
 * @param conversationId the channel's conversation id (group chats), may be blank for one-to-one
 * @param text           the text typed, trimmed; blank for a pure picture or file
 * @param attachments    every picture or file in the message, in order, including a quoted picture
 * @param receivedAt     when the channel says it was sent
 * @param replyWebhook   where a reply may be posted directly while valid (DingTalk's
 *                       {@code sessionWebhook}), or null
 * @throws InvalidInboundException when a field is missing or outside its {@link InboundLimits bound}
 */
public record InboundMessage(String msgId, String senderUserId, String senderNick,
                             Conversation conversation, String conversationId, String text,
                             List<Attachment> attachments, Instant receivedAt, ReplyWebhook replyWebhook) {

    /** A message without a reply webhook (the sandbox, tests). */
    public InboundMessage(String msgId, String senderUserId, String senderNick, Conversation conversation,
                          String conversationId, String text, List<Attachment> attachments, Instant receivedAt) {
        this(msgId, senderUserId, senderNick, conversation, conversationId, text, attachments, receivedAt, null);
    }

    public InboundMessage {
        InboundLimits.checkMessage(msgId, senderUserId, senderNick, conversationId, attachments, receivedAt);
        conversation = conversation == null ? Conversation.ONE_TO_ONE : conversation;
        text = text == null ? "" : text.strip();
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        receivedAt = receivedAt == null ? Instant.now() : receivedAt;
    }

    public enum Conversation { ONE_TO_ONE, GROUP }

    /**
     * A picture or file. {@code downloadCode} is what the channel needs to fetch the bytes
     * (DingTalk's robot message file download); {@code quoted} marks a picture the sender quoted
     * from an earlier message rather than sent now.
     */
    public record Attachment(Kind kind, String downloadCode, String fileName, boolean quoted) {
        public enum Kind { PICTURE, FILE }
    }
}
