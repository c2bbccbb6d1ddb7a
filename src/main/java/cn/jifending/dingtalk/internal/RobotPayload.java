package cn.jifending.dingtalk.internal;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A DingTalk robot message as DingTalk sends it (Stream topic {@code /v1.0/im/bot/messages/get} and the
 * HTTP callback carry the same JSON), bound by {@link InboundJson}. Only the fields we read; any other
 * field is ignored. The two times stay JSON values: they only say when, so an implausible one (text,
 * a fraction, 1e30) is ignored by the parser instead of refusing the message.
 */
record RobotPayload(String msgId, String senderStaffId, String senderId, String senderNick,
                    String conversationType, String conversationId, String msgtype, Text text, Content content,
                    String sessionWebhook, JsonNode sessionWebhookExpiredTime, JsonNode createAt) {

    /** {@code text}: what was typed, and the message it replies to when it quotes one. */
    record Text(String content, Replied repliedMsg) {
    }

    /** {@code text.repliedMsg}: the quoted message (DingTalk spells its type both ways). */
    record Replied(String msgType, String msgtype, Content content) {
    }

    /** {@code content} of picture, file and richText messages. */
    record Content(String downloadCode, String pictureDownloadCode, String fileName, List<RichItem> richText) {
    }

    /** One item of a richText message: a text run or a picture. */
    record RichItem(String text, String type, String downloadCode, String pictureDownloadCode) {
    }
}
