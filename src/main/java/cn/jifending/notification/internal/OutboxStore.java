package cn.jifending.notification.internal;

import cn.jifending.notification.OutboxMonitor;
import cn.jifending.notification.OutgoingMessage;
import cn.jifending.notification.ReplyWebhook;
import com.baomidou.mybatisplus.core.conditions.AbstractLambdaWrapper;
import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code outbox_message} table. Claiming is a conditional update (status and lease in the WHERE
 * clause), so two app instances never deliver the same row at the same time.
 */
@Component
class OutboxStore {

    static final String PENDING = "PENDING";
    static final String SENDING = "SENDING";
    static final String SENT = "SENT";
    static final String DEAD = "DEAD";

    private static final TypeReference<LinkedHashMap<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private final OutboxMapper rows;
    private final JsonMapper json;

    OutboxStore(OutboxMapper rows, JsonMapper json) {
        this.rows = rows;
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
        ReplyWebhook webhook = row.replyWebhook();
        OutboxRow entity = new OutboxRow().setKind(row.kind().name())
                .setRecipients(String.join("\n", row.recipients())).setGroupId(row.groupId())
                .setTemplate(row.template()).setOutTrackId(row.outTrackId()).setTitle(row.title()).setBody(row.body())
                .setCardParams(row.cardParams() == null ? null : json.writeValueAsString(row.cardParams()))
                .setFileContent(row.fileContent())
                .setReplyWebhook(webhook == null ? null : webhook.url())
                .setReplyWebhookExpiresAt(webhook == null ? null
                        : LocalDateTime.ofInstant(webhook.expiresAt(), JdbcOutbox.ZONE))
                .setStatus(PENDING).setAttempts(0).setNextAttemptAt(now).setCreatedAt(now);
        rows.insert(entity);
        return entity.getId();
    }

    List<Long> dueIds(LocalDateTime now, int limit) {
        return rows.selectList(Wrappers.lambdaQuery(OutboxRow.class).select(OutboxRow::getId)
                        .and(w -> due(w, now))
                        .orderByAsc(OutboxRow::getNextAttemptAt, OutboxRow::getId)
                        .last("LIMIT " + limit))
                .stream().map(OutboxRow::getId).toList();
    }

    /** @return true when this owner won the row (it was due and nobody else holds a live lease) */
    boolean claim(long id, String owner, LocalDateTime now, LocalDateTime leaseUntil) {
        return rows.update(lease(owner, leaseUntil).eq(OutboxRow::getId, id).and(w -> due(w, now))) == 1;
    }

    /** Leases {@code ids}, which the caller's transaction has locked, to {@code owner}. */
    void leaseAll(List<Long> ids, String owner, LocalDateTime leaseUntil) {
        rows.update(lease(owner, leaseUntil).in(OutboxRow::getId, ids));
    }

    private static LambdaUpdateWrapper<OutboxRow> lease(String owner, LocalDateTime leaseUntil) {
        return Wrappers.lambdaUpdate(OutboxRow.class).set(OutboxRow::getStatus, SENDING)
                .set(OutboxRow::getLeaseOwner, owner).set(OutboxRow::getLeaseUntil, leaseUntil)
                .setIncrBy(OutboxRow::getAttempts, 1);
    }

    /** Pending and due, or sending under a lease that ran out. */
    private static <W extends AbstractLambdaWrapper<OutboxRow, W>> void due(W w, LocalDateTime now) {
        w.and(p -> p.eq(OutboxRow::getStatus, PENDING).le(OutboxRow::getNextAttemptAt, now))
                .or(s -> s.eq(OutboxRow::getStatus, SENDING).lt(OutboxRow::getLeaseUntil, now));
    }

    Optional<Claimed> loadClaimed(long id, String owner) {
        return loadClaimed(List.of(id), owner).stream().findFirst();
    }

    /** The rows {@code ids} that {@code owner} holds, in the order of {@code ids}. */
    List<Claimed> loadClaimed(List<Long> ids, String owner) {
        Map<Long, Claimed> byId = new LinkedHashMap<>();
        rows.selectList(Wrappers.lambdaQuery(OutboxRow.class).in(OutboxRow::getId, ids)
                        .eq(OutboxRow::getLeaseOwner, owner).eq(OutboxRow::getStatus, SENDING))
                .forEach(r -> byId.put(r.getId(), new Claimed(toMessage(r), r.getAttempts())));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** @return how many of {@code ids} this owner still held and marked SENT */
    int markSent(List<Long> ids, String owner, LocalDateTime now) {
        return rows.update(held(Wrappers.lambdaUpdate(OutboxRow.class).set(OutboxRow::getStatus, SENT)
                .set(OutboxRow::getSentAt, now).set(OutboxRow::getLastError, null)
                .in(OutboxRow::getId, ids), owner));
    }

    boolean retryLater(long id, String owner, LocalDateTime next, String error) {
        return rows.update(held(Wrappers.lambdaUpdate(OutboxRow.class).set(OutboxRow::getStatus, PENDING)
                .set(OutboxRow::getNextAttemptAt, next).set(OutboxRow::getLastError, truncate(error))
                .eq(OutboxRow::getId, id), owner)) == 1;
    }

    boolean markDead(long id, String owner, String error) {
        return rows.update(held(Wrappers.lambdaUpdate(OutboxRow.class).set(OutboxRow::getStatus, DEAD)
                .set(OutboxRow::getLastError, truncate(error)).eq(OutboxRow::getId, id), owner)) == 1;
    }

    /** Ends the lease: only rows {@code owner} still holds are changed. */
    private static LambdaUpdateWrapper<OutboxRow> held(LambdaUpdateWrapper<OutboxRow> update, String owner) {
        return update.set(OutboxRow::getLeaseOwner, null).set(OutboxRow::getLeaseUntil, null)
                .eq(OutboxRow::getLeaseOwner, owner).eq(OutboxRow::getStatus, SENDING);
    }

    List<OutboxMonitor.Entry> dead(int limit) {
        return rows.selectList(Wrappers.lambdaQuery(OutboxRow.class).eq(OutboxRow::getStatus, DEAD)
                        .orderByDesc(OutboxRow::getId).last("LIMIT " + limit))
                .stream().map(r -> new OutboxMonitor.Entry(r.getId(), OutgoingMessage.Kind.valueOf(r.getKind()),
                        recipients(r.getRecipients()), r.getGroupId(), r.getTemplate(), r.getStatus(),
                        r.getAttempts(), r.getLastError(), r.getCreatedAt(), r.getTitle()))
                .toList();
    }

    long undelivered() {
        return rows.selectCount(Wrappers.lambdaQuery(OutboxRow.class).in(OutboxRow::getStatus, PENDING, SENDING));
    }

    boolean requeue(long id, LocalDateTime now) {
        return rows.update(Wrappers.lambdaUpdate(OutboxRow.class).set(OutboxRow::getStatus, PENDING)
                .set(OutboxRow::getAttempts, 0).set(OutboxRow::getNextAttemptAt, now)
                .eq(OutboxRow::getId, id).eq(OutboxRow::getStatus, DEAD)) == 1;
    }

    private OutgoingMessage toMessage(OutboxRow r) {
        String params = r.getCardParams();
        var kind = OutgoingMessage.Kind.valueOf(r.getKind());
        boolean card = kind == OutgoingMessage.Kind.CARD || kind == OutgoingMessage.Kind.CARD_UPDATE;
        return new OutgoingMessage(r.getId(), kind, recipients(r.getRecipients()), r.getGroupId(), r.getTitle(),
                r.getBody(), card ? r.getTemplate() : null, r.getOutTrackId(),
                params == null ? Map.of() : json.readValue(params, STRING_MAP), r.getFileContent(), replyWebhook(r));
    }

    private static ReplyWebhook replyWebhook(OutboxRow r) {
        String url = r.getReplyWebhook();
        LocalDateTime expires = r.getReplyWebhookExpiresAt();
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
