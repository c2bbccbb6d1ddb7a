package cn.jifending.bot.internal;

import cn.jifending.bot.CardAction;
import cn.jifending.bot.InboundMessage;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records inbound events in {@code inbound_event}; the table's unique keys turn a redelivery into
 * a refused insert.
 */
@Component
class InboundEventStore {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final InboundEventMapper events;
    private final JsonMapper json;
    private final Clock clock;

    InboundEventStore(InboundEventMapper events, JsonMapper json, Clock clock) {
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** @return the new {@code inbound_event} id, or empty when this msgId was recorded before */
    OptionalLong recordMessage(InboundMessage m, boolean knownSender) {
        return insert("MESSAGE", m.msgId(), null, null, m.senderUserId(), knownSender, m.text(),
                json.writeValueAsString(m), m.receivedAt(), "");
    }

    /** @return the new {@code inbound_event} id, or empty when this card + action + user + inputs was recorded before */
    OptionalLong recordCardAction(CardAction a, boolean knownSender) {
        return insert("CARD_ACTION", null, a.outTrackId(), a.actionId(), a.userId(), knownSender, null,
                json.writeValueAsString(a), a.receivedAt(), inputsHash(a.inputs()));
    }

    /** SHA-256 (hex) of the inputs, sorted by name, blanks left out: the same inputs give the same hash. */
    static String inputsHash(Map<String, String> inputs) {
        StringBuilder canonical = new StringBuilder();
        new TreeMap<>(inputs).forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                canonical.append(name.length()).append(':').append(name).append('=')
                        .append(value.strip().length()).append(':').append(value.strip()).append(';');
            }
        });
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The sender's latest chat message before {@code currentMsgId}, with when we recorded it. */
    Optional<PreviousText> previousText(String sender, String currentMsgId) {
        return events.selectList(Wrappers.lambdaQuery(InboundEventRow.class)
                        .select(InboundEventRow::getMessageText, InboundEventRow::getRecordedAt)
                        .eq(InboundEventRow::getSenderUserId, sender).eq(InboundEventRow::getKind, "MESSAGE")
                        .ne(InboundEventRow::getMsgId, currentMsgId)
                        .orderByDesc(InboundEventRow::getId).last("LIMIT 1"))
                .stream().findFirst()
                .map(r -> new PreviousText(r.getMessageText() == null ? "" : r.getMessageText(),
                        r.getRecordedAt().atZone(ZONE).toInstant()));
    }

    record PreviousText(String text, Instant receivedAt) {
    }

    private OptionalLong insert(String kind, String msgId, String outTrackId, String actionId, String sender,
                           boolean known, String text, String payload, Instant receivedAt, String inputsHash) {
        InboundEventRow row = new InboundEventRow();
        try {
            events.insert(row.setKind(kind).setMsgId(msgId).setOutTrackId(outTrackId)
                    .setActionId(actionId).setSenderUserId(sender).setKnownSender(known)
                    .setMessageText(text == null || text.length() <= 4000 ? text : text.substring(0, 4000))
                    .setPayload(payload).setInputsHash(inputsHash)
                    .setReceivedAt(LocalDateTime.ofInstant(receivedAt, ZONE))
                    .setRecordedAt(LocalDateTime.ofInstant(clock.instant(), ZONE)));
            return OptionalLong.of(row.getId());
        } catch (DuplicateKeyException e) {
            return OptionalLong.empty();
        }
    }
}
