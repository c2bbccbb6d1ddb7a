package cn.jifending.dingtalk.internal;

import static cn.jifending.dingtalk.internal.JsonFields.firstNonBlank;
import static cn.jifending.dingtalk.internal.JsonFields.text;

import cn.jifending.bot.InboundLimits;
import cn.jifending.bot.InboundMessage;
import cn.jifending.bot.InboundMessage.Attachment;
import cn.jifending.bot.InboundMessage.Conversation;
import cn.jifending.notification.ReplyWebhook;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Turns a DingTalk robot message (the same JSON in Stream mode and in the HTTP callback) into an
 * {@link InboundMessage}. Handles text, picture, richText (every picture), file and a text reply
 * quoting an earlier picture; any other type becomes a message with blank text and no
 * attachments, so the bot answers with help.
 */
public final class RobotMessageParser {

    /** @throws MalformedPayloadException when the payload is not a JSON object or has no msgId */
    public InboundMessage parse(String json) {
        JsonNode root = JsonFields.parse(json);
        String msgId = text(root, "msgId");
        if (msgId.isBlank()) {
            throw new MalformedPayloadException("robot message without msgId");
        }
        String sender = firstNonBlank(text(root, "senderStaffId"), text(root, "senderId"));
        Conversation conversation = "2".equals(text(root, "conversationType"))
                ? Conversation.GROUP : Conversation.ONE_TO_ONE;
        Body body = body(root);
        return new InboundMessage(msgId, sender, text(root, "senderNick"), conversation,
                text(root, "conversationId"), body.text(), body.attachments(), createdAt(root), replyWebhook(root));
    }

    private record Body(String text, List<Attachment> attachments) {
    }

    private static Body body(JsonNode root) {
        String type = text(root, "msgtype");
        JsonNode content = root.path("content");
        return switch (type) {
            case "text" -> textBody(root.path("text"));
            case "picture" -> new Body("", picture(content, false));
            case "richText" -> richText(content.path("richText"), false);
            case "file" -> new Body("", file(content));
            default -> new Body("", List.of());
        };
    }

    private static Body textBody(JsonNode text) {
        List<Attachment> quoted = new ArrayList<>();
        JsonNode replied = text.path("repliedMsg");
        if (replied.isObject()) {
            String repliedType = firstNonBlank(text(replied, "msgType"), text(replied, "msgtype"));
            JsonNode repliedContent = replied.path("content");
            switch (repliedType) {
                case "picture" -> quoted.addAll(picture(repliedContent, true));
                case "richText" -> quoted.addAll(richText(repliedContent.path("richText"), true).attachments());
                case "file" -> quoted.addAll(quotedFile(repliedContent));
                default -> { }
            }
        }
        return new Body(text(text, "content"), quoted);
    }

    private static List<Attachment> picture(JsonNode content, boolean quoted) {
        String code = downloadCode(content);
        return code.isBlank() ? List.of() : List.of(new Attachment(Attachment.Kind.PICTURE, code, null, quoted));
    }

    private static Body richText(JsonNode items, boolean quoted) {
        StringBuilder text = new StringBuilder();
        List<Attachment> pictures = new ArrayList<>();
        if (items.isArray()) {
            for (JsonNode item : items.values()) {
                String code = downloadCode(item);
                if (!code.isBlank() && ("picture".equals(text(item, "type")) || !item.has("text"))) {
                    pictures.add(new Attachment(Attachment.Kind.PICTURE, code, null, quoted));
                } else if (item.has("text")) {
                    if (!text.isEmpty()) {
                        text.append('\n');
                    }
                    text.append(text(item, "text").strip());
                }
            }
        }
        return new Body(text.toString(), pictures);
    }

    private static List<Attachment> file(JsonNode content) {
        String code = downloadCode(content);
        return code.isBlank() ? List.of()
                : List.of(new Attachment(Attachment.Kind.FILE, code, text(content, "fileName"), false));
    }

    private static List<Attachment> quotedFile(JsonNode content) {
        String code = downloadCode(content);
        return code.isBlank() ? List.of()
                : List.of(new Attachment(Attachment.Kind.FILE, code, text(content, "fileName"), true));
    }

    /** DingTalk sends both codes for pictures; {@code downloadCode} is the one the download API takes. */
    private static String downloadCode(JsonNode node) {
        return firstNonBlank(text(node, "downloadCode"), text(node, "pictureDownloadCode"));
    }

    /** {@code sessionWebhook} with {@code sessionWebhookExpiredTime} (epoch millis); null when absent or odd. */
    private static ReplyWebhook replyWebhook(JsonNode root) {
        JsonNode expires = root.path("sessionWebhookExpiredTime");
        Long expiresAt = expires.isIntegralNumber() && expires.canConvertToLong() ? expires.longValue() : null;
        return ReplyWebhook.ofNullable(text(root, "sessionWebhook"), expiresAt);
    }

    /**
     * {@code createAt} is epoch milliseconds. It only says when the message was sent (never part
     * of its identity), so a value that is not a plausible one (a fraction, 1e30, text, a year
     * outside {@link InboundLimits}) is ignored and the message counts as sent when received.
     */
    private static Instant createdAt(JsonNode root) {
        JsonNode createAt = root.path("createAt");
        if (!createAt.isIntegralNumber() || !createAt.canConvertToLong()) {
            return null;
        }
        Instant at = Instant.ofEpochMilli(createAt.longValue());
        return at.isBefore(InboundLimits.EARLIEST) || !at.isBefore(InboundLimits.LATEST) ? null : at;
    }
}
