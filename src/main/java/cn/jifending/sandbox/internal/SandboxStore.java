package cn.jifending.sandbox.internal;

import cn.jifending.dingtalk.ConditionalOnDingTalkMode;
import cn.jifending.dingtalk.DingTalkMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL of {@code sandbox_message} (what each user saw and sent) and {@code sandbox_file}. */
@Component
@ConditionalOnDingTalkMode(DingTalkMode.SANDBOX)
class SandboxStore {

    static final String FROM_BOT = "BOT";
    static final String FROM_USER = "USER";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    SandboxStore(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    record Row(long id, String userId, String direction, String kind, String title, String body,
               String outTrackId, String fileCode, LocalDateTime createdAt) {
    }

    record StoredFile(String fileName, String contentType, byte[] content) {
    }

    void add(String userId, String direction, String kind, String title, String body, String outTrackId,
             Map<String, String> cardParams, String fileCode) {
        jdbc.sql("""
                        INSERT INTO sandbox_message (user_id, direction, kind, title, body, out_track_id, card_params,
                            file_code, created_at)
                        VALUES (:userId, :direction, :kind, :title, :body, :outTrackId, :cardParams, :fileCode, :now)""")
                .param("userId", userId).param("direction", direction).param("kind", kind).param("title", title)
                .param("body", body).param("outTrackId", outTrackId)
                .param("cardParams", cardParams == null ? null : json.writeValueAsString(cardParams))
                .param("fileCode", fileCode).param("now", now())
                .update();
    }

    /** A card shown to a user, with its kind. */
    void addCard(String userId, String title, String layout, String outTrackId, String cardKind,
                 Map<String, String> cardParams) {
        add(userId, FROM_BOT, "CARD", title, layout, outTrackId, cardParams, null);
        jdbc.sql("UPDATE sandbox_message SET card_kind = :kind WHERE out_track_id = :outTrackId AND kind = 'CARD'")
                .param("kind", cardKind).param("outTrackId", outTrackId)
                .update();
    }

    /** Updates every copy of a card in place; @return how many copies there were. */
    int updateCard(String outTrackId, String title, String layout, String cardKind, Map<String, String> cardParams) {
        return jdbc.sql("""
                        UPDATE sandbox_message SET title = :title, body = :body, card_params = :cardParams,
                            card_kind = :kind
                        WHERE out_track_id = :outTrackId AND kind = 'CARD'""")
                .param("title", title).param("body", layout).param("cardParams", json.writeValueAsString(cardParams))
                .param("kind", cardKind).param("outTrackId", outTrackId)
                .update();
    }

    /** A card as this user holds it: its params, kind and rendered layout. */
    record ShownCard(Map<String, String> params, String cardKind, String layout) {
    }

    /** The card this user received, if they received it. */
    Optional<ShownCard> card(String userId, String outTrackId) {
        return jdbc.sql("""
                        SELECT card_params, card_kind, body FROM sandbox_message
                        WHERE user_id = :userId AND out_track_id = :outTrackId AND kind = 'CARD'
                        ORDER BY id DESC LIMIT 1""")
                .param("userId", userId).param("outTrackId", outTrackId)
                .query((rs, n) -> new ShownCard(json.readValue(rs.getString(1), STRING_MAP), rs.getString(2),
                        rs.getString(3)))
                .optional();
    }

    List<Row> latest(String userId, int limit) {
        List<Row> newestFirst = jdbc.sql("""
                        SELECT id, user_id, direction, kind, title, body, out_track_id, file_code, created_at
                        FROM sandbox_message WHERE user_id = :userId ORDER BY id DESC LIMIT :limit""")
                .param("userId", userId).param("limit", limit)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("user_id"), rs.getString("direction"),
                        rs.getString("kind"), rs.getString("title"), rs.getString("body"),
                        rs.getString("out_track_id"), rs.getString("file_code"),
                        rs.getObject("created_at", LocalDateTime.class)))
                .list();
        List<Row> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** The params of the card this user received, if they received it. */
    Optional<Map<String, String>> cardParams(String userId, String outTrackId) {
        return jdbc.sql("""
                        SELECT card_params FROM sandbox_message
                        WHERE user_id = :userId AND out_track_id = :outTrackId AND kind = 'CARD'
                        ORDER BY id DESC LIMIT 1""")
                .param("userId", userId).param("outTrackId", outTrackId)
                .query(String.class).optional()
                .map(s -> json.readValue(s, STRING_MAP));
    }

    void saveFile(String code, String fileName, String contentType, byte[] content) {
        jdbc.sql("""
                        INSERT INTO sandbox_file (code, file_name, content_type, content, created_at)
                        VALUES (:code, :fileName, :contentType, :content, :now)""")
                .param("code", code).param("fileName", fileName).param("contentType", contentType)
                .param("content", content).param("now", now())
                .update();
    }

    Optional<StoredFile> file(String code) {
        return jdbc.sql("SELECT file_name, content_type, content FROM sandbox_file WHERE code = :code")
                .param("code", code)
                .query((rs, n) -> new StoredFile(rs.getString("file_name"), rs.getString("content_type"),
                        rs.getBytes("content")))
                .optional();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZONE);
    }
}
