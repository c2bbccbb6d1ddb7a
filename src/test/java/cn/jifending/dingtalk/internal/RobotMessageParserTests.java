package cn.jifending.dingtalk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jifending.bot.InboundMessage;
import cn.jifending.bot.InboundMessage.Attachment;
import cn.jifending.bot.InboundMessage.Conversation;
import cn.jifending.notification.ReplyWebhook;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RobotMessageParserTests {

    private final RobotMessageParser parser = new RobotMessageParser();

    @Test
    void text() {
        InboundMessage message = parser.parse(Payloads.read("text.json"));

        assertThat(message.msgId()).isEqualTo("msgTnJ5U0mHvQ1kB3x8hQ9fLw==");
        assertThat(message.senderUserId()).isEqualTo("manager4220");
        assertThat(message.senderNick()).isEqualTo("张三");
        assertThat(message.conversation()).isEqualTo(Conversation.ONE_TO_ONE);
        assertThat(message.conversationId()).isEqualTo("cidTcsQm1sE4nH3S0Qy7Yb0QA==");
        assertThat(message.text()).isEqualTo("申报 志愿服务 2小时");
        assertThat(message.attachments()).isEmpty();
        assertThat(message.receivedAt()).isEqualTo(Instant.ofEpochMilli(1718087400123L));
    }

    @Test
    void theSessionWebhookAndItsExpiryComeAlong() {
        InboundMessage message = parser.parse(Payloads.read("text.json"));

        assertThat(message.replyWebhook()).isEqualTo(new ReplyWebhook(
                "https://oapi.dingtalk.com/robot/sendBySession?session=4b7e2a0f9c1d", Instant.ofEpochMilli(1718092800000L)));
    }

    @Test
    void aMissingOverLongOrNonsensicalWebhookIsNoWebhook() {
        String text = Payloads.read("text.json");
        String longUrl = "https://oapi.dingtalk.com/robot/sendBySession?session=" + "x".repeat(1100);

        assertThat(parser.parse(text.replace("\"sessionWebhookExpiredTime\": 1718092800000,", "")).replyWebhook())
                .isNull();
        assertThat(parser.parse(text.replace("\"sessionWebhookExpiredTime\": 1718092800000",
                "\"sessionWebhookExpiredTime\": 1e30")).replyWebhook()).isNull();
        assertThat(parser.parse(text.replace("https://oapi.dingtalk.com/robot/sendBySession?session=4b7e2a0f9c1d", longUrl))
                .replyWebhook()).isNull();
    }

    @Test
    void pictureUsesDownloadCodeNotPictureDownloadCode() {
        InboundMessage message = parser.parse(Payloads.read("picture.json"));

        assertThat(message.text()).isEmpty();
        assertThat(message.attachments()).containsExactly(
                new Attachment(Attachment.Kind.PICTURE, "dc-picture-AAA111", null, false));
    }

    @Test
    void pictureWithOnlyTheLegacyCodeStillHasItsPicture() {
        String json = Payloads.read("picture.json").replace("\"downloadCode\": \"dc-picture-AAA111\"",
                "\"other\": \"x\"");

        assertThat(parser.parse(json).attachments()).extracting(Attachment::downloadCode)
                .containsExactly("pdc-legacy-AAA111");
    }

    @Test
    void richTextKeepsAllTextAndEveryPictureInOrder() {
        InboundMessage message = parser.parse(Payloads.read("richText.json"));

        assertThat(message.conversation()).isEqualTo(Conversation.GROUP);
        assertThat(message.conversationId()).isEqualTo("cidGroup7Yb0QAgnN1sE4nH3S0Q==");
        assertThat(message.text()).isEqualTo("申报 志愿服务\n社区清扫 3小时");
        assertThat(message.attachments()).containsExactly(
                new Attachment(Attachment.Kind.PICTURE, "dc-rich-BBB222", null, false),
                new Attachment(Attachment.Kind.PICTURE, "dc-rich-CCC333", null, false));
    }

    @Test
    void replyQuotingAPictureCarriesThePictureAsQuoted() {
        InboundMessage message = parser.parse(Payloads.read("quotedPicture.json"));

        assertThat(message.text()).isEqualTo("申报 这张照片 党员先锋岗");
        assertThat(message.attachments()).containsExactly(
                new Attachment(Attachment.Kind.PICTURE, "dc-picture-AAA111", null, true));
    }

    @Test
    void file() {
        InboundMessage message = parser.parse(Payloads.read("file.json"));

        assertThat(message.senderUserId()).isEqualTo("user0930");
        assertThat(message.text()).isEmpty();
        assertThat(message.attachments()).containsExactly(
                new Attachment(Attachment.Kind.FILE, "dc-file-DDD444", "2024年第二季度学习记录.xlsx", false));
    }

    @Test
    void unknownTypeBecomesBlankTextWithoutAttachments() {
        InboundMessage message = parser.parse(Payloads.read("audio.json"));

        assertThat(message.msgId()).isEqualTo("msgAudio3x8hQ9fLwTnJ5U0m==");
        assertThat(message.text()).isEmpty();
        assertThat(message.attachments()).isEmpty();
    }

    @Test
    void oddlyTypedFieldsNeverThrow() {
        InboundMessage message = parser.parse("""
                {"msgId":"m1","senderStaffId":"u1","msgtype":"richText","content":{"richText":"not a list"},
                 "text":[1,2],"createAt":"yesterday","conversationType":2}""");

        assertThat(message.text()).isEmpty();
        assertThat(message.attachments()).isEmpty();
        assertThat(message.conversation()).isEqualTo(Conversation.GROUP);
    }

    @Test
    void unknownFieldsAnywhereAreIgnored() {
        String json = Payloads.read("text.json").replace("\"msgtype\": \"text\",",
                "\"msgtype\": \"text\", \"aNewField\": {\"x\": [1, {\"y\": 2}]}, \"another\": 3,")
                .replace("\"content\": \" 申报", "\"extra\": [], \"content\": \" 申报");

        assertThat(parser.parse(json)).isEqualTo(parser.parse(Payloads.read("text.json")));
    }

    @Test
    void notJsonOrWithoutMsgIdIsMalformed() {
        assertThatThrownBy(() -> parser.parse("{\"msgId\":[\"m1\"],\"msgtype\":\"text\"}"))
                .isInstanceOf(MalformedPayloadException.class);
        assertThatThrownBy(() -> parser.parse("{\"msgId\":{\"id\":1}}")).isInstanceOf(MalformedPayloadException.class);
        assertThatThrownBy(() -> parser.parse("[{\"msgId\":\"m1\"}]")).isInstanceOf(MalformedPayloadException.class);
        assertThatThrownBy(() -> parser.parse("null")).isInstanceOf(MalformedPayloadException.class);
        assertThatThrownBy(() -> parser.parse("<xml/>")).isInstanceOf(MalformedPayloadException.class);
        assertThatThrownBy(() -> parser.parse("{\"msgtype\":\"text\"}")).isInstanceOf(MalformedPayloadException.class);
    }
}
