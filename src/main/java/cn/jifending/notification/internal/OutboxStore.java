package cn.jifending.notification.internal;

import cn.jifending.notification.OutboxMonitor;
import cn.jifending.notification.OutgoingMessage;
import cn.jifending.notification.ReplyWebhook;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * SQL of the {@code outbox_message} table. Claiming is a conditional update (status and lease in
 * the WHERE clause), so two app instances never deliver the same row at the same time.
 */
@Component
class OutboxStore {

    static final String PENDING = "PENDING";
    static final String SENDING = "SENDING";
    static final String SENT = "SENT";
    static final String DEAD = "DEAD";

    private static final TypeReference<LinkedHashMap<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    OutboxStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record NewRow(OutgoingMessage.Kind kind, List<String> recipients, String groupId, String template,
                  String outTrackId, String title, String body, Map<String, String> cardParams,
                  byte[] fileContent, ReplyWebhook replyWebhook) {

        NewRow(OutgoingMessage.Kind kind, List<String> recipients, String groupId, String template, String outTrackId,
               String title, String body, Map<String, String> cardParams, byte[] fileContent) {
            this(kind, recipients, groupId, template, outTrackId, title, body, cardParams, fileContent, null);
        }
    }

    /** A claimed row: the message plus how many tries it has had (this one included). */
    record Claimed(OutgoingMessage message, int attempts) {
    }

    long insert(NewRow row, LocalDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO outbox_message (kind, recipients, group_id, template, out_track_id, title, body,
                            card_params, file_content, reply_webhook, reply_webhook_expires_at, status, attempts,
                            next_attempt_at, created_at)
                        VALUES (:kind, :recipients, :groupId, :template, :outTrackId, :title, :body,
                            :cardParams, :file, :webhook, :webhookExpiresAt, 'PENDING', 0, :now, :now)""")
                .param("kind", row.kind().name())
                .param("recipients", String.join("\n", row.recipients()))
                .param("groupId", row.groupId())
                .param("template", row.template())
                .param("outTrackId", row.outTrackId())
                .param("title", row.title())
                .param("body", row.body())
                .param("cardParams", row.cardParams() == null ? null : json.writeValueAsString(row.cardParams()))
                .param("file", row.fileContent())
                .param("webhook", row.replyWebhook() == null ? null : row.replyWebhook().url())
                .param("webhookExpiresAt", row.replyWebhook() == null ? null
                        : LocalDateTime.ofInstant(row.replyWebhook().expiresAt(), JdbcOutbox.ZONE))
                .param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<Long> dueIds(LocalDateTime now, int limit) {
        return jdbc.sql("""
                        SELECT id FROM outbox_message
                        WHERE (status = 'PENDING' AND next_attempt_at <= :now)
                           OR (status = 'SENDING' AND lease_until < :now)
                        ORDER BY next_attempt_at, id LIMIT :limit""")
                .param("now", now).param("limit", limit)
                .query(Long.class).list();
    }

    /** @return true when this owner won the row (it was due and nobody else holds a live lease) */
    boolean claim(long id, String owner, LocalDateTime now, LocalDateTime leaseUntil) {
        return jdbc.sql("""
                        UPDATE outbox_message
                        SET status = 'SENDING', lease_owner = :owner, lease_until = :leaseUntil, attempts = attempts + 1
                        WHERE id = :id AND ((status = 'PENDING' AND next_attempt_at <= :now)
                                         OR (status = 'SENDING' AND lease_until < :now))""")
                .param("owner", owner).param("leaseUntil", leaseUntil).param("id", id).param("now", now)
                .update() == 1;
    }

    Optional<Claimed> loadClaimed(long id, String owner) {
        return jdbc.sql("SELECT * FROM outbox_message WHERE id = :id AND lease_owner = :owner AND status = 'SENDING'")
                .param("id", id).param("owner", owner)
                .query((rs, n) -> new Claimed(toMessage(rs), rs.getInt("attempts")))
                .optional();
    }

    /** The rows {@code ids} that {@code owner} holds, in the order of {@code ids}. */
    List<Claimed> loadClaimed(List<Long> ids, String owner) {
        Map<Long, Claimed> byId = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM outbox_message WHERE id IN (:ids) AND lease_owner = :owner AND status = 'SENDING'")
                .param("ids", ids).param("owner", owner)
                .query((rs, n) -> new Claimed(toMessage(rs), rs.getInt("attempts")))
                .list().forEach(c -> byId.put(c.message().id(), c));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** @return how many of {@code ids} this owner still held and marked SENT */
    int markSent(List<Long> ids, String owner, LocalDateTime now) {
        return jdbc.sql("""
                        UPDATE outbox_message SET status = 'SENT', sent_at = :now, last_error = NULL,
                            lease_owner = NULL, lease_until = NULL
                        WHERE id IN (:ids) AND lease_owner = :owner AND status = 'SENDING'""")
                .param("now", now).param("ids", ids).param("owner", owner)
                .update();
    }

    boolean retryLater(long id, String owner, LocalDateTime next, String error) {
        return finish(id, owner, "status = 'PENDING', next_attempt_at = :next, last_error = :error",
                Map.of("next", next, "error", truncate(error)));
    }

    boolean markDead(long id, String owner, String error) {
        return finish(id, owner, "status = 'DEAD', last_error = :error", Map.of("error", truncate(error)));
    }

    private boolean finish(long id, String owner, String set, Map<String, Object> params) {
        return jdbc.sql("UPDATE outbox_message SET " + set + ", lease_owner = NULL, lease_until = NULL "
                        + "WHERE id = :id AND lease_owner = :owner AND status = 'SENDING'")
                .params(params).param("id", id).param("owner", owner)
                .update() == 1;
    }

    List<OutboxMonitor.Entry> dead(int limit) {
        return jdbc.sql("SELECT * FROM outbox_message WHERE status = 'DEAD' ORDER BY id DESC LIMIT :limit")
                .param("limit", limit)
                .query((rs, n) -> new OutboxMonitor.Entry(rs.getLong("id"),
                        OutgoingMessage.Kind.valueOf(rs.getString("kind")), recipients(rs.getString("recipients")),
                        rs.getString("group_id"), rs.getString("template"), rs.getString("status"),
                        rs.getInt("attempts"), rs.getString("last_error"),
                        rs.getObject("created_at", LocalDateTime.class), rs.getString("title")))
                .list();
    }

    long undelivered() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE status IN ('PENDING', 'SENDING')")
                .query(Long.class).single();
    }

    boolean requeue(long id, LocalDateTime now) {
        return jdbc.sql("""
                        UPDATE outbox_message SET status = 'PENDING', attempts = 0, next_attempt_at = :now
                        WHERE id = :id AND status = 'DEAD'""")
                .param("now", now).param("id", id).update() == 1;
    }

    private OutgoingMessage toMessage(ResultSet rs) throws SQLException {
        String params = rs.getString("card_params");
        var kind = OutgoingMessage.Kind.valueOf(rs.getString("kind"));
        boolean card = kind == OutgoingMessage.Kind.CARD || kind == OutgoingMessage.Kind.CARD_UPDATE;
        return new OutgoingMessage(rs.getLong("id"), kind,
                recipients(rs.getString("recipients")), rs.getString("group_id"), rs.getString("title"),
                rs.getString("body"), card ? rs.getString("template") : null, rs.getString("out_track_id"),
                params == null ? Map.of() : json.readValue(params, STRING_MAP), rs.getBytes("file_content"),
                replyWebhook(rs));
    }

    private static ReplyWebhook replyWebhook(ResultSet rs) throws SQLException {
        String url = rs.getString("reply_webhook");
        LocalDateTime expires = rs.getObject("reply_webhook_expires_at", LocalDateTime.class);
        return url == null || expires == null ? null : new ReplyWebhook(url, expires.atZone(JdbcOutbox.ZONE).toInstant());
    }

    private static List<String> recipients(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }

    private static String truncate(String error) {
        String e = error == null ? "" : error;
        return e.length() <= 1000 ? e : e.substring(0, 1000);
    }
}
