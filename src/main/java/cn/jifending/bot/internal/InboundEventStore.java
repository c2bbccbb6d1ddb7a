package cn.jifending.bot.internal;

import cn.jifending.bot.CardAction;
import cn.jifending.bot.InboundMessage;
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
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records inbound events in {@code inbound_event}; the table's unique keys turn a redelivery into
 * a refused insert.
 */
@Component
class InboundEventStore {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    InboundEventStore(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** @return false when this msgId was recorded before */
    boolean recordMessage(InboundMessage m, boolean knownSender) {
        return insert("MESSAGE", m.msgId(), null, null, m.senderUserId(), knownSender, m.text(),
                json.writeValueAsString(m), m.receivedAt(), "");
    }

    /** @return false when this card + action + user + inputs was recorded before */
    boolean recordCardAction(CardAction a, boolean knownSender) {
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
        return jdbc.sql("""
                        SELECT message_text, recorded_at FROM inbound_event
                        WHERE sender_user_id = :sender AND kind = 'MESSAGE' AND msg_id <> :current
                        ORDER BY id DESC LIMIT 1""")
                .param("sender", sender).param("current", currentMsgId)
                .query((rs, n) -> new PreviousText(rs.getString("message_text") == null ? "" : rs.getString("message_text"),
                        rs.getObject("recorded_at", LocalDateTime.class).atZone(ZONE).toInstant()))
                .optional();
    }

    record PreviousText(String text, Instant receivedAt) {
    }

    private boolean insert(String kind, String msgId, String outTrackId, String actionId, String sender,
                           boolean known, String text, String payload, Instant receivedAt, String inputsHash) {
        try {
            jdbc.sql("""
                            INSERT INTO inbound_event (kind, msg_id, out_track_id, action_id, sender_user_id,
                                known_sender, message_text, payload, received_at, recorded_at, inputs_hash)
                            VALUES (:kind, :msgId, :outTrackId, :actionId, :sender, :known, :text, :payload,
                                :receivedAt, :recordedAt, :inputsHash)""")
                    .param("kind", kind).param("msgId", msgId).param("outTrackId", outTrackId)
                    .param("actionId", actionId).param("sender", sender).param("known", known)
                    .param("text", text == null || text.length() <= 4000 ? text : text.substring(0, 4000))
                    .param("payload", payload).param("inputsHash", inputsHash)
                    .param("receivedAt", LocalDateTime.ofInstant(receivedAt, ZONE))
                    .param("recordedAt", LocalDateTime.ofInstant(clock.instant(), ZONE))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
