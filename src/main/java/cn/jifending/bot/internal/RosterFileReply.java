package cn.jifending.bot.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.InboundMessage.Attachment;
import cn.jifending.bot.PendingInteraction;
import cn.jifending.notification.DeliveryException;
import cn.jifending.notification.Messenger;
import cn.jifending.organization.Actor;
import cn.jifending.organization.RosterError;
import cn.jifending.organization.RosterImport;
import cn.jifending.organization.RosterImportException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
            ctx.reply("roster-import-rejected", Map.of("file", name, "count", e.errors().size(),
                    "errors", describe(e.errors())));
        }
        return true;
    }

    private boolean askedForRoster(ChatContext ctx) {
        Instant since = clock.instant().minus(RosterImportCommand.WINDOW);
        return events.previousText(ctx.sender().userId(), ctx.message().msgId())
                .filter(previous -> previous.receivedAt().isAfter(since))
                .filter(previous -> previous.text().strip().startsWith(RosterImportCommand.KEYWORD))
                .isPresent();
    }

    static String describe(List<RosterError> errors) {
        String listed = errors.stream().limit(MAX_LISTED_ERRORS)
                .map(e -> "- 第 " + e.row() + " 行" + (e.column() == null ? "" : "「" + e.column() + "」列") + "："
                        + problem(e.problem()) + (e.value() == null || e.value().isBlank() ? "" : "（" + e.value() + "）"))
                .collect(Collectors.joining("\n"));
        return errors.size() > MAX_LISTED_ERRORS
                ? listed + "\n- ……另有 " + (errors.size() - MAX_LISTED_ERRORS) + " 处问题"
                : listed;
    }

    private static String problem(RosterError.Problem problem) {
        return switch (problem) {
            case MISSING_COLUMN -> "缺少此列";
            case BLANK -> "不能为空";
            case TOO_LONG -> "内容过长";
            case UNKNOWN_CATEGORY -> "类别只能填“正式”或“预备”";
            case BAD_DATE -> "日期无法识别，请用 2026-03-01 这样的格式";
            case UNKNOWN_ROLE -> "角色无法识别（可填：党员、记分员、支委、党小组长、支部书记、机关党委管理员）";
            case DUPLICATE_USERID -> "userid 在文件中重复";
            case CONFLICTS_WITH_EXISTING -> "与系统中已有的人员信息冲突";
            case UNREADABLE_FILE -> "文件无法读取";
            case EMPTY_FILE -> "文件中没有人员";
        };
    }
}
