package cn.jifending.dingtalk.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The built-in (StandardCard) robot interactive cards DingTalk holds for us ({@code dingtalk_card_instance}).
 * That API delivers to one receiver a call, so one outbox card for several people becomes several
 * instances, each with its own {@code cardBizId}: the outTrackId itself for the first receiver and
 * {@code <outTrackId>-<n>} for the n-th (n = 2, 3, ...), derived from the receiver's position so a
 * retried send re-derives the same ids. Updates reach every instance; a button callback's cardBizId
 * maps back to the outTrackId and the card's params.
 */
final class CardInstances {

    /** One delivered card: its DingTalk id, our outTrackId, who got it ({@code user:<id>} / {@code group:<id>}). */
    record Instance(String cardBizId, String outTrackId, String receiver, Map<String, String> params) {
    }

    private static final TypeReference<LinkedHashMap<String, String>> PARAMS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final Clock clock;

    CardInstances(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The cardBizId of the receiver at {@code position} (1-based) of a card. */
    static String cardBizId(String outTrackId, int position) {
        return position <= 1 ? outTrackId : outTrackId + "-" + position;
    }

    boolean exists(String cardBizId) {
        return jdbc.sql("SELECT COUNT(*) FROM dingtalk_card_instance WHERE card_biz_id = :id")
                .param("id", cardBizId).query(Long.class).single() > 0;
    }

    /** Records a delivered instance; recording one twice (a retry racing a success) is a no-op. */
    void record(String cardBizId, String outTrackId, String receiver, Map<String, String> params) {
        try {
            jdbc.sql("""
                    INSERT INTO dingtalk_card_instance (card_biz_id, out_track_id, receiver, card_params, created_at)
                    VALUES (:id, :track, :receiver, :params, :now)""")
                    .param("id", cardBizId).param("track", outTrackId).param("receiver", receiver)
                    .param("params", JsonMapper.shared().writeValueAsString(params))
                    .param("now", LocalDateTime.now(clock))
                    .update();
        } catch (DuplicateKeyException alreadyRecorded) {
            // the same instance, recorded by an earlier attempt
        }
    }

    /** Every instance of a card, in delivery order. */
    List<String> cardBizIdsOf(String outTrackId) {
        return jdbc.sql("""
                SELECT card_biz_id FROM dingtalk_card_instance WHERE out_track_id = :track
                ORDER BY created_at, card_biz_id""")
                .param("track", outTrackId).query(String.class).list();
    }

    Optional<Instance> find(String cardBizId) {
        return jdbc.sql("""
                SELECT card_biz_id, out_track_id, receiver, card_params FROM dingtalk_card_instance
                WHERE card_biz_id = :id""")
                .param("id", cardBizId)
                .query((rs, n) -> new Instance(rs.getString(1), rs.getString(2), rs.getString(3),
                        Map.copyOf(JsonMapper.shared().readValue(rs.getString(4), PARAMS))))
                .optional();
    }
}
