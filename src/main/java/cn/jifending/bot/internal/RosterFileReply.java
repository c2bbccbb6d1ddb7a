package cn.jifending.bot.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.InboundMessage.Attachment;
import cn.jifending.bot.PendingInteraction;
import cn.jifending.notification.DeliveryException;
import cn.jifending.notification.Messenger;
import cn.jifending.notification.TemplateModel;
import cn.jifending.organization.Actor;
import cn.jifending.organization.RosterError;
import cn.jifending.organization.RosterImport;
import cn.jifending.organization.RosterImportException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The roster file the committee admin sends within {@link RosterImportCommand#WINDOW} of
 * {@code 导入名单}. The import is all or nothing; every bad row is listed by row and column.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RosterFileReply implements PendingInteraction {

    private static final int MAX_LISTED_ERRORS = 30;

    private final RosterImport roster;
    private final Messenger messenger;
    private final InboundEventStore events;
    private final Clock clock;

    RosterFileReply(RosterImport roster, Messenger messenger, InboundEventStore events, Clock clock) {
        this.roster = roster;
        this.messenger = messenger;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Access access() {
        return Access.committeeAdmin();
    }

    @Override
    public boolean tryHandle(ChatContext ctx) {
        Optional<Attachment> file = ctx.message().attachments().stream()
                .filter(a -> a.kind() == Attachment.Kind.FILE).findFirst();
        if (file.isEmpty() || !askedForRoster(ctx)) {
            return false;
        }
        String name = file.get().fileName() == null ? "" : file.get().fileName();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".xlsx") && !lower.endsWith(".csv")) {
            ctx.reply("roster-import-wrong-type", Map.of("file", name));
            return true;
        }
        byte[] bytes;
        try {
            bytes = messenger.download(file.get().downloadCode());
        } catch (DeliveryException e) {
            ctx.reply("roster-import-download-failed", Map.of("file", name));
            return true;
        }
        try {
            RosterImport.Result result = roster.importRoster(name, bytes,
                    new Actor(ctx.sender().userId(), ctx.source()));
            ctx.reply("roster-import-done", Map.of("file", name, "rows", result.rows(), "added", result.added(),
                    "moved", result.moved(), "unchanged", result.unchanged()));
        } catch (RosterImportException e) {
            Map<String, Object> model = new HashMap<>(describe(e.errors()));
            model.put("file", name);
            model.put("count", e.errors().size());
            ctx.reply("roster-import-rejected", model);
        }
        return true;
    }

    private boolean askedForRoster(ChatContext ctx) {
        Instant since = clock.instant().minus(RosterImportCommand.WINDOW);
        return events.previousText(ctx.sender().userId(), ctx.message().msgId())
                .filter(previous -> previous.receivedAt().isAfter(since))
                .filter(previous -> RosterImportCommand.asks(previous.text()))
                .isPresent();
    }

    /** The listed problems (at most {@value #MAX_LISTED_ERRORS}) for the sections of {@code roster-import-rejected}. */
    static Map<String, Object> describe(List<RosterError> errors) {
        List<Map<String, Object>> listed = errors.stream().limit(MAX_LISTED_ERRORS).map(e -> {
            Map<String, Object> m = new HashMap<>();
            m.put("row", e.row());
            m.put("column", e.column());
            m.put("value", e.value() == null || e.value().isBlank() ? null : e.value());
            m.put("problem", TemplateModel.oneOf(e.problem()));
            return m;
        }).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("errors", TemplateModel.list(listed));
        model.put("more", errors.size() > MAX_LISTED_ERRORS ? errors.size() - MAX_LISTED_ERRORS : null);
        return model;
    }
}
