package cn.jifending.bot.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.ChatInput;
import cn.jifending.bot.CommandHandler;
import cn.jifending.bot.Reading;
import cn.jifending.ledger.LedgerExport;
import cn.jifending.organization.Branch;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.organization.MemberDirectory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * {@code 导出台账 [支部] [年份]}: a branch's ledger export (the CSV the auditor's recompute reads).
 * The committee admin names the branch (without one they get the list to choose from); a branch's
 * secretary or recorder exports their own.
 */
@Component
class LedgerExportCommand implements CommandHandler {

    private final LedgerExport export;
    private final MemberDirectory directory;
    private final MessageTemplates templates;
    private final Clock clock;

    LedgerExportCommand(LedgerExport export, MemberDirectory directory, MessageTemplates templates, Clock clock) {
        this.templates = templates;
        this.export = export;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("导出台账");
    }

    @Override
    public Access access() {
        return Access.or(Access.committeeAdmin(), Access.secretaryOfOwnBranch(), Access.recorderOfOwnBranch());
    }

    @Override
    public void handle(ChatContext ctx) {
        var sender = ctx.sender();
        boolean admin = Access.committeeAdmin().allows(sender);
        String args = ctx.arguments();
        Reading<Integer> asked = new ChatInput(clock).yearOrDefault(args);
        Optional<Integer> named = asked.orAnswer(ctx::reply);
        if (named.isEmpty()) {
            return;
        }
        int year = named.get();
        String branchText = asked.rest(args);

        String branches = directory.branches().stream().map(b -> "- " + b.name()).collect(Collectors.joining("\n"));
        if (branchText.isEmpty() && (admin || sender.branchId() == null)) {
            // the committee admin chooses the branch; their own branch is not a silent default
            Optional<String> example = directory.branches().stream().findFirst().map(Branch::name);
            if (example.isEmpty()) {
                ctx.reply("ledger-export-no-branches", Map.of());
                return;
            }
            ctx.reply("ledger-export-choose-branch", Map.of("branches", branches, "example", example.get(), "year", year));
            return;
        }
        Optional<Branch> branch = branchText.isEmpty()
                ? directory.branch(sender.branchId())
                : directory.branches().stream().filter(b -> b.name().equals(branchText)).findFirst();
        if (branch.isEmpty()) {
            ctx.reply("ledger-export-unknown-branch", Map.of("branch", branchText, "branches", branches));
            return;
        }
        if (!admin && (sender.branchId() == null || branch.get().id() != sender.branchId())) {
            ctx.reply("ledger-export-other-branch", Map.of("branch", branch.get().name()));
            return;
        }
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        try {
            export.writeCsv(branch.get().id(), year, csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String fileName = templates.message("ledger-export-file-name",
                Map.of("branch", branch.get().name(), "year", year)).strip();
        ctx.outbox().file(List.of(sender.userId()), fileName, csv.toByteArray());
        ctx.reply("ledger-export-sent", Map.of("file", fileName, "branch", branch.get().name(), "year", year));
    }
}
