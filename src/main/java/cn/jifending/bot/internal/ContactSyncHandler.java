package cn.jifending.bot.internal;

import cn.jifending.bot.ChatContext;
import cn.jifending.bot.CommandHandler;
import cn.jifending.organization.Actor;
import cn.jifending.organization.ContactSource;
import cn.jifending.organization.ContactSync;
import cn.jifending.organization.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code 同步通讯录}: the committee admin compares the roster with DingTalk's address book. Only names
 * of known members are updated; who is missing on either side is reported for the admin to act on
 * (with {@code 导入名单}). Needs DingTalk (stream or http mode).
 */
@Component
class ContactSyncHandler implements CommandHandler {

    static final int SHOWN = 30;

    private final ContactSync sync;

    ContactSyncHandler(ContactSync sync) {
        this.sync = sync;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("同步通讯录");
    }

    @Override
    public void handle(ChatContext ctx) {
        if (!ctx.sender().has(Role.COMMITTEE_ADMIN)) {
            ctx.reply("contacts-sync-not-allowed", Map.of("name", ctx.sender().name()));
            return;
        }
        if (!sync.available()) {
            ctx.reply("contacts-sync-needs-dingtalk", Map.of());
            return;
        }
        ContactSync.Report report;
        try {
            report = sync.sync(new Actor(ctx.sender().userId(), "CHAT_MESSAGE:" + ctx.message().msgId()));
        } catch (ContactSource.Unavailable e) {
            ctx.reply("contacts-sync-failed", Map.of("text", e.getMessage()));
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

    private static String list(List<String> items) {
        if (items.isEmpty()) {
            return "—";
        }
        String shown = String.join("、", items.subList(0, Math.min(items.size(), SHOWN)));
        return items.size() > SHOWN ? shown + " 等" : shown;
    }
}
