package cn.jifending.bot.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.CommandHandler;
import cn.jifending.organization.Actor;
import cn.jifending.organization.ContactSource;
import cn.jifending.organization.ContactSync;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code 同步通讯录}: the committee admin compares the roster with DingTalk's address book. Only names
 * of known members are updated; who is missing on either side is reported for the admin to act on
 * (with {@code 导入名单}). Needs DingTalk (stream or http mode).
 */
@Component
class ContactSyncCommand implements CommandHandler {

    static final int SHOWN = 30;
    private static final Logger log = LoggerFactory.getLogger(ContactSyncCommand.class);

    private final ContactSync sync;

    ContactSyncCommand(ContactSync sync) {
        this.sync = sync;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("同步通讯录");
    }

    @Override
    public Access access() {
        return Access.committeeAdmin();
    }

    @Override
    public void handle(ChatContext ctx) {
        if (!sync.available()) {
            ctx.reply("contacts-sync-needs-dingtalk", Map.of());
            return;
        }
        ContactSync.Report report;
        try {
            report = sync.sync(new Actor(ctx.sender().userId(), ctx.source()));
        } catch (ContactSource.Unavailable e) {
            log.warn("同步通讯录 by {} failed ({})", ctx.sender().userId(), e.reason(), e);
            ctx.reply(failureTemplate(e.reason()), Map.of());
            return;
        }
        ctx.reply("contacts-sync-report", Map.of(
                "renamedCount", report.renamed().size(),
                "renamed", list(report.renamed().stream().map(r -> r.before() + " → " + r.after()).toList()),
                "unknownCount", report.unknownInDirectory().size(),
                "unknown", list(report.unknownInDirectory().stream()
                        .map(p -> p.name() + "（" + p.userId() + (p.branchName() == null ? "" : "，" + p.branchName()) + "）")
                        .toList()),
                "extraCount", report.notInRoster().size(),
                "extra", list(report.notInRoster().stream()
                        .map(c -> c.name() + "（" + c.userId() + "，" + c.department() + "）").toList())));
    }

    /** A Chinese sentence per reason; never DingTalk's code or message. */
    static String failureTemplate(ContactSource.Reason reason) {
        return switch (reason) {
            case BUSY -> "contacts-sync-failed-busy";
            case QUOTA_EXHAUSTED -> "contacts-sync-failed-quota-exhausted";
            case NO_PERMISSION -> "contacts-sync-failed-no-permission";
            case CREDENTIALS -> "contacts-sync-failed-credentials";
            case UNREACHABLE -> "contacts-sync-failed-unreachable";
            case UNKNOWN -> "contacts-sync-failed";
        };
    }

    private static String list(List<String> items) {
        if (items.isEmpty()) {
            return "—";
        }
        String shown = String.join("、", items.subList(0, Math.min(items.size(), SHOWN)));
        return items.size() > SHOWN ? shown + " 等" : shown;
    }
}
