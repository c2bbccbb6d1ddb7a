package cn.jifending.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jifending.bot.InboundMessage.Attachment;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bounds hold for every producer of inbound objects, not only the DingTalk parsers. */
class InboundLimitsTests {

    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

    @Test
    void aMessageAtEveryBoundIsAccepted() {
        assertThatCode(() -> new InboundMessage("m".repeat(InboundLimits.MSG_ID), "u".repeat(InboundLimits.USER_ID),
                "n".repeat(InboundLimits.NICK), InboundMessage.Conversation.GROUP,
                "c".repeat(InboundLimits.CONVERSATION_ID), "字".repeat(20_000),
                List.of(new Attachment(Attachment.Kind.FILE, "d".repeat(InboundLimits.DOWNLOAD_CODE),
                        "f".repeat(InboundLimits.FILE_NAME), false)), NOW)).doesNotThrowAnyException();
    }

    @Test
    void aMessageOverAnyBoundIsRefused() {
        assertThatThrownBy(() -> message("m".repeat(InboundLimits.MSG_ID + 1), "u1", null, NOW))
                .isInstanceOf(InvalidInboundException.class).hasMessageContaining("msgId");
        assertThatThrownBy(() -> message("m1", "u".repeat(InboundLimits.USER_ID + 1), null, NOW))
                .hasMessageContaining("senderUserId");
        assertThatThrownBy(() -> message("m1", "", null, NOW)).hasMessageContaining("senderUserId is missing");
        assertThatThrownBy(() -> message("m1", null, null, NOW)).isInstanceOf(InvalidInboundException.class);
        assertThatThrownBy(() -> message(null, "u1", null, NOW)).hasMessageContaining("msgId is missing");
        assertThatThrownBy(() -> message("m1", "u1", "c".repeat(InboundLimits.CONVERSATION_ID + 1), NOW))
                .hasMessageContaining("conversationId");
        assertThatThrownBy(() -> message("m1", "u1", null, Instant.ofEpochMilli(Long.MAX_VALUE)))
                .hasMessageContaining("send time");
        assertThatThrownBy(() -> message("m1", "u1", null, Instant.parse("1999-12-31T23:59:59Z")))
                .hasMessageContaining("send time");
        assertThatThrownBy(() -> new InboundMessage("m1", "u1", "", null, null, "", java.util.Collections.nCopies(
                InboundLimits.ATTACHMENTS + 1, new Attachment(Attachment.Kind.PICTURE, "dc", null, false)), NOW))
                .hasMessageContaining("attachments");
        assertThatThrownBy(() -> new InboundMessage("m1", "u1", "", null, null, "",
                List.of(new Attachment(Attachment.Kind.PICTURE, " ", null, false)), NOW))
                .hasMessageContaining("downloadCode is missing");
    }

    @Test
    void aCardPressOverAnyBoundIsRefused() {
        assertThatCode(() -> new CardAction("t".repeat(InboundLimits.OUT_TRACK_ID), "u".repeat(InboundLimits.USER_ID),
                "a".repeat(InboundLimits.ACTION_ID), Map.of("reason", "驳".repeat(InboundLimits.PARAM_VALUE)), NOW))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> new CardAction("t".repeat(InboundLimits.OUT_TRACK_ID + 1), "u1", "a", Map.of(), NOW))
                .hasMessageContaining("outTrackId");
        assertThatThrownBy(() -> new CardAction("t1", "u1", "a".repeat(InboundLimits.ACTION_ID + 1), Map.of(), NOW))
                .hasMessageContaining("actionId");
        assertThatThrownBy(() -> new CardAction("t1", "u1", "a", Map.of("r", "x".repeat(InboundLimits.PARAM_VALUE + 1)),
                NOW)).hasMessageContaining("card param r");
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("r", null);
        assertThatThrownBy(() -> new CardAction("t1", "u1", "a", nullValue, NOW)).hasMessageContaining("without a value");
        assertThatThrownBy(() -> new CardAction("t1", null, "a", Map.of(), NOW)).hasMessageContaining("userId is missing");
    }

    private static InboundMessage message(String msgId, String sender, String conversationId, Instant at) {
        return new InboundMessage(msgId, sender, "", null, conversationId, "帮助", List.of(), at);
    }
}
