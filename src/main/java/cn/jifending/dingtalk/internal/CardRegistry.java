package cn.jifending.dingtalk.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cards we sent through DingTalk's card platform ({@code dingtalk_card}), one row per outTrackId:
 * its kind, who received it, the params it was sent (or last updated) with, and the template variables
 * DingTalk last showed. A press is judged against this record, never against what the callback claims.
 */
final class CardRegistry {

    /** One card as DingTalk holds it. */
    record Card(String outTrackId, String cardKind, List<String> recipients, String groupId,
                Map<String, String> params, Map<String, String> cardData) {

        CardLayout layout() {
            return CardLayout.fromCardData(cardData);
        }
    }

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> LIST = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final Clock clock;

    CardRegistry(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a card about to be created; a retried create records it again (same outTrackId) as the latest. */
    void created(Card card) {
        try {
            jdbc.sql("""
                    INSERT INTO dingtalk_card (out_track_id, card_kind, recipients, group_id, card_params, card_data,
                        created_at, updated_at)
                    VALUES (:track, :kind, :recipients, :group, :params, :data, :now, :now)""")
                    .param("track", card.outTrackId()).param("kind", card.cardKind())
                    .param("recipients", json(card.recipients())).param("group", card.groupId())
                    .param("params", json(card.params())).param("data", json(card.cardData()))
                    .param("now", now())
                    .update();
        } catch (DuplicateKeyException retried) {
            jdbc.sql("""
                    UPDATE dingtalk_card SET card_kind = :kind, recipients = :recipients, group_id = :group,
                        card_params = :params, card_data = :data, updated_at = :now
                    WHERE out_track_id = :track""")
                    .param("track", card.outTrackId()).param("kind", card.cardKind())
                    .param("recipients", json(card.recipients())).param("group", card.groupId())
                    .param("params", json(card.params())).param("data", json(card.cardData()))
                    .param("now", now())
                    .update();
        }
    }

    /** DingTalk accepted the card: from now on it can be updated. */
    void delivered(String outTrackId) {
        jdbc.sql("UPDATE dingtalk_card SET delivered_at = :now WHERE out_track_id = :track AND delivered_at IS NULL")
                .param("track", outTrackId).param("now", now())
                .update();
    }

    /** Whether DingTalk holds the card (its createAndDeliver succeeded). */
    boolean isDelivered(String outTrackId) {
        return jdbc.sql("SELECT COUNT(*) FROM dingtalk_card WHERE out_track_id = :track AND delivered_at IS NOT NULL")
                .param("track", outTrackId).query(Long.class).single() > 0;
    }

    /** Records the state an update gave the card (for everyone who holds it). */
    void updated(String outTrackId, String cardKind, Map<String, String> params, Map<String, String> cardData) {
        jdbc.sql("""
                UPDATE dingtalk_card SET card_kind = :kind, card_params = :params, card_data = :data, updated_at = :now
                WHERE out_track_id = :track""")
                .param("track", outTrackId).param("kind", cardKind)
                .param("params", json(params)).param("data", json(cardData)).param("now", now())
                .update();
    }

    Optional<Card> find(String outTrackId) {
        return jdbc.sql("""
                SELECT out_track_id, card_kind, recipients, group_id, card_params, card_data FROM dingtalk_card
                WHERE out_track_id = :track""")
                .param("track", outTrackId)
                .query((rs, n) -> new Card(rs.getString(1), rs.getString(2),
                        List.copyOf(JsonMapper.shared().readValue(rs.getString(3), LIST)), rs.getString(4),
                        JsonMapper.shared().readValue(rs.getString(5), MAP),
                        JsonMapper.shared().readValue(rs.getString(6), MAP)))
                .optional();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZONE);
    }

    private static String json(Object value) {
        return JsonMapper.shared().writeValueAsString(value);
    }
}
