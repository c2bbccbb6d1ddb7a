package cn.jifending.notification.internal;

import cn.jifending.notification.MessageTemplates;
import cn.jifending.notification.Outbox;
import cn.jifending.notification.ReplyWebhook;
import cn.jifending.notification.OutgoingMessage.Kind;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox: renders at once (a template error fails the caller's transaction, not a later
 * delivery) and inserts one {@code outbox_message} row.
 *
 * <p>Propagation is MANDATORY: a message is only ever written inside the transaction of the change
 * that caused it, so it exists if and only if that change committed. Calling without a
 * transaction is a programming error ({@code IllegalTransactionStateException}).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class JdbcOutbox implements Outbox {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int TITLE_LENGTH = 40;

    private final OutboxStore store;
    private final MessageTemplates templates;
    private final JsonMapper json;
    private final Clock clock;
    private final DispatchSignal signal;

    JdbcOutbox(OutboxStore store, MessageTemplates templates, JsonMapper json, Clock clock, DispatchSignal signal) {
        this.store = store;
        this.signal = signal;
        this.templates = templates;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void message(List<String> userIds, String template, Map<String, ?> model) {
        requireRecipients(userIds);
        String body = templates.message(template, model);
        insert(new OutboxStore.NewRow(Kind.MARKDOWN, userIds, null, template, null, titleOf(body), body, null, null));
    }

    @Override
    public void groupMessage(String groupId, String template, Map<String, ?> model) {
        Objects.requireNonNull(groupId, "groupId");
        String body = templates.message(template, model);
        insert(new OutboxStore.NewRow(Kind.MARKDOWN, List.of(), groupId, template, null, titleOf(body), body, null, null));
    }

    @Override
    public void reply(String userId, String groupId, ReplyWebhook webhook, String template, Map<String, ?> model) {
        List<String> users = groupId == null ? List.of(userId) : List.of();
        if (groupId == null) {
            requireRecipients(users);
        }
        String body = templates.message(template, model);
        insert(new OutboxStore.NewRow(Kind.MARKDOWN, users, groupId, template, null, titleOf(body), body, null, null,
                webhook));
    }

    @Override
    public void card(List<String> userIds, String cardKind, String outTrackId, Map<String, ?> params) {
        requireRecipients(userIds);
        Objects.requireNonNull(outTrackId, "outTrackId");
        String layout = templates.card(cardKind, params);
        insert(new OutboxStore.NewRow(Kind.CARD, userIds, null, cardKind, outTrackId, cardTitle(layout), layout,
                strings(params), null));
    }

    @Override
    public void updateCard(String outTrackId, String cardKind, Map<String, ?> params) {
        Objects.requireNonNull(outTrackId, "outTrackId");
        String layout = templates.card(cardKind, params);
        insert(new OutboxStore.NewRow(Kind.CARD_UPDATE, List.of(), null, cardKind, outTrackId, cardTitle(layout),
                layout, strings(params), null));
    }

    @Override
    public void file(List<String> userIds, String fileName, byte[] content) {
        requireRecipients(userIds);
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        insert(new OutboxStore.NewRow(Kind.FILE, userIds, null, null, null, fileName, null, null, content));
    }

    @Override
    public void image(List<String> userIds, String fileName, byte[] png) {
        requireRecipients(userIds);
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(png, "png");
        insert(new OutboxStore.NewRow(Kind.IMAGE, userIds, null, null, null, fileName, null, null, png));
    }

    private void insert(OutboxStore.NewRow row) {
        store.insert(row, LocalDateTime.ofInstant(clock.instant(), ZONE));
        signal.rowWritten();
    }

    private static void requireRecipients(List<String> userIds) {
        if (userIds == null || userIds.isEmpty() || userIds.stream().anyMatch(u -> u == null || u.isBlank())) {
            throw new IllegalArgumentException("A one-to-one message needs at least one recipient, got " + userIds);
        }
    }

    /**
     * The first non-blank line without markdown heading marks, shortened ({@code outbox-title-clipped}): DingTalk
     * shows it in the chat list; {@code outbox-title-none} when the message has no text line.
     */
    String titleOf(String markdown) {
        return markdown.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                .map(l -> l.replaceFirst("^#+\\s*", "").replace("**", ""))
                .map(l -> l.length() <= TITLE_LENGTH ? l
                        : templates.message("outbox-title-clipped", Map.of("start", l.substring(0, TITLE_LENGTH - 1))).strip())
                .orElseGet(this::noTitle);
    }

    private String cardTitle(String layout) {
        var title = json.readTree(layout).path("title");
        return title.isString() ? title.asString() : noTitle();
    }

    private String noTitle() {
        return templates.message("outbox-title-none", Map.of()).strip();
    }

    /**
     * The params kept with a card, which its buttons get back: the plain values. Lists and maps only shape the
     * layout (a template's sections), so they are rendered into it and not kept.
     */
    private static Map<String, String> strings(Map<String, ?> params) {
        Map<String, String> out = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (!(v instanceof java.util.Collection<?>) && !(v instanceof Map<?, ?>)) {
                out.put(k, v == null ? "" : String.valueOf(v));
            }
        });
        return out;
    }
}
