package cn.jifending.dingtalk.internal;

import cn.jifending.bot.InboundLimits;
import cn.jifending.bot.InboundMessage;
import cn.jifending.bot.InboundMessage.Attachment;
import cn.jifending.bot.InboundMessage.Conversation;
import cn.jifending.dingtalk.internal.RobotPayload.Content;
import cn.jifending.dingtalk.internal.RobotPayload.RichItem;
import cn.jifending.notification.ReplyWebhook;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Turns a DingTalk robot message ({@link RobotPayload}, the same JSON in Stream mode and in the HTTP
 * callback) into an {@link InboundMessage}. Handles text, picture, richText (every picture), file and a
 * text reply quoting an earlier picture or file; any other type becomes a message with blank text and
 * no attachments, so the bot answers with help.
 */
public final class RobotMessageParser {

    /** @throws MalformedPayloadException when the payload is not a JSON object or has no msgId */
    public InboundMessage parse(String json) {
        RobotPayload p = InboundJson.bind(json, RobotPayload.class);
        String msgId = orBlank(p.msgId());
        if (msgId.isBlank()) {
            throw new MalformedPayloadException("robot message without msgId");
        }
        String sender = firstNonBlank(p.senderStaffId(), p.senderId());
        Conversation conversation = "2".equals(p.conversationType()) ? Conversation.GROUP : Conversation.ONE_TO_ONE;
        Body body = body(p);
        return new InboundMessage(msgId, sender, orBlank(p.senderNick()), conversation, orBlank(p.conversationId()),
                body.text(), body.attachments(), createdAt(p.createAt()), replyWebhook(p));
    }

    private record Body(String text, List<Attachment> attachments) {
    }

    private static Body body(RobotPayload p) {
        return switch (orBlank(p.msgtype())) {
            case "text" -> textBody(p.text());
            case "picture" -> new Body("", picture(p.content(), false));
            case "richText" -> richText(p.content(), false);
            case "file" -> new Body("", file(p.content(), false));
            default -> new Body("", List.of());
        };
    }

    private static Body textBody(RobotPayload.Text text) {
        if (text == null) {
            return new Body("", List.of());
        }
        List<Attachment> quoted = new ArrayList<>();
        RobotPayload.Replied replied = text.repliedMsg();
        if (replied != null) {
            switch (firstNonBlank(replied.msgType(), replied.msgtype())) {
                case "picture" -> quoted.addAll(picture(replied.content(), true));
                case "richText" -> quoted.addAll(richText(replied.content(), true).attachments());
                case "file" -> quoted.addAll(file(replied.content(), true));
                default -> { }
            }
        }
        return new Body(orBlank(text.content()), quoted);
    }

    private static List<Attachment> picture(Content content, boolean quoted) {
        String code = content == null ? "" : firstNonBlank(content.downloadCode(), content.pictureDownloadCode());
        return code.isBlank() ? List.of() : List.of(new Attachment(Attachment.Kind.PICTURE, code, null, quoted));
    }

    private static Body richText(Content content, boolean quoted) {
        StringBuilder text = new StringBuilder();
        List<Attachment> pictures = new ArrayList<>();
        List<RichItem> items = content == null || content.richText() == null ? List.of() : content.richText();
        for (RichItem item : items) {
            if (item == null) {
                continue;
            }
            String code = firstNonBlank(item.downloadCode(), item.pictureDownloadCode());
            if (!code.isBlank() && ("picture".equals(item.type()) || item.text() == null)) {
                pictures.add(new Attachment(Attachment.Kind.PICTURE, code, null, quoted));
            } else if (item.text() != null) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                text.append(item.text().strip());
            }
        }
        return new Body(text.toString(), pictures);
    }

    private static List<Attachment> file(Content content, boolean quoted) {
        String code = content == null ? "" : firstNonBlank(content.downloadCode(), content.pictureDownloadCode());
        return code.isBlank() ? List.of()
                : List.of(new Attachment(Attachment.Kind.FILE, code, content.fileName(), quoted));
    }

    /** {@code sessionWebhook} with {@code sessionWebhookExpiredTime} (epoch millis); null when absent or odd. */
    private static ReplyWebhook replyWebhook(RobotPayload p) {
        JsonNode expires = p.sessionWebhookExpiredTime();
        Long expiresAt = expires != null && expires.isIntegralNumber() && expires.canConvertToLong()
                ? expires.longValue() : null;
        return ReplyWebhook.ofNullable(orBlank(p.sessionWebhook()), expiresAt);
    }

    /**
     * {@code createAt} is epoch milliseconds. It only says when the message was sent (never part
     * of its identity), so a value that is not a plausible one (a fraction, 1e30, text, a year
     * outside {@link InboundLimits}) is ignored and the message counts as sent when received.
     */
    private static Instant createdAt(JsonNode createAt) {
        if (createAt == null || !createAt.isIntegralNumber() || !createAt.canConvertToLong()) {
            return null;
        }
        Instant at = Instant.ofEpochMilli(createAt.longValue());
        return at.isBefore(InboundLimits.EARLIEST) || !at.isBefore(InboundLimits.LATEST) ? null : at;
    }

    private static String orBlank(String s) {
        return s == null ? "" : s;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }
}
