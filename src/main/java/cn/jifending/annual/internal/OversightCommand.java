package cn.jifending.annual.internal;

import cn.jifending.bot.Access;
import cn.jifending.annual.AnnualLine;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.ChatInput;
import cn.jifending.notification.TemplateModel;
import cn.jifending.bot.CommandHandler;
import cn.jifending.evaluation.Evaluation;
import cn.jifending.evaluation.RoundStatus;
import cn.jifending.organization.Branch;
import cn.jifending.organization.MemberDirectory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * For the 机关党委 admins: {@code 全局进度 [2026]} (each branch's quarterly rounds and annual round)
 * and {@code 积分名单 [2026]} (members ≥ 80 and ≥ 70 across branches, highest first).
 */
@Component
class OversightCommand implements CommandHandler {

    private final Evaluation evaluation;
    private final AnnualStore store;
    private final AnnualAudit audits;
    private final LiveLines lines;
    private final MemberDirectory directory;
    private final Clock clock;

    OversightCommand(Evaluation evaluation, AnnualStore store, AnnualAudit audits, LiveLines lines,
                      MemberDirectory directory, Clock clock) {
        this.evaluation = evaluation;
        this.store = store;
        this.audits = audits;
        this.lines = lines;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public Set<String> keywords() {
        return Set.of(AnnualWords.PROGRESS, AnnualWords.LISTS);
    }

    @Override
    public Access access() {
        return Access.committeeAdmin();
    }

    @Override
    public void handle(ChatContext ctx) {
        Optional<Integer> asked = new ChatInput(clock).yearOnly(ctx.arguments()).orAnswer(ctx::reply);
        if (asked.isEmpty()) {
            return;
        }
        int year = asked.get();
        if (ctx.keyword().equals(AnnualWords.PROGRESS)) {
            ctx.reply("annual-progress", Map.of("year", year, "branches", progress(year)));
        } else {
            List<AnnualLine> all = new ArrayList<>();
            for (Branch b : directory.branches()) {
                if (store.round(b.id(), year).isPresent()) {
                    all.addAll(lines.linesOf(b.id(), year));
                }
            }
            all.sort(Comparator.comparing(AnnualLine::composite).reversed());
            ctx.reply("annual-lists", Map.of("year", year,
                    "priority", list(all.stream().filter(l -> l.tier().equals("PRIORITY")).toList()),
                    "incentive", list(all.stream().filter(l -> l.tier().equals("PRIORITY") || l.tier().equals("INCENTIVE")).toList())));
        }
    }

    /** Per branch its four quarters (not started, open, signed) and its annual round ({@link AnnualAudit#status}). */
    private List<Map<String, Object>> progress(int year) {
        List<RoundStatus> rounds = evaluation.rounds(year);
        List<Map<String, Object>> branches = new ArrayList<>();
        for (Branch b : directory.branches()) {
            List<Map<String, Object>> quarters = new ArrayList<>();
            for (int q = 1; q <= 4; q++) {
                int quarter = q;
                Optional<RoundStatus> r = rounds.stream().filter(x -> x.branchId() == b.id() && x.quarter() == quarter)
                        .findFirst();
                Map<String, Object> e = new LinkedHashMap<>();
                for (int i = 1; i <= 4; i++) {
                    e.put("q" + i, i == quarter);
                }
                e.put("notStarted", r.isEmpty());
                e.put("open", r.isPresent() && !r.get().signed());
                e.put("signed", r.isPresent() && r.get().signed());
                quarters.add(e);
            }
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", b.name());
            e.put("quarters", TemplateModel.list(quarters));
            e.put("annual", audits.status(store.round(b.id(), year)));
            branches.add(e);
        }
        return TemplateModel.list(branches);
    }

    private static List<Map<String, Object>> list(List<AnnualLine> lines) {
        return TemplateModel.list(lines.stream().map(l -> Map.of("name", l.name(), "branch", l.branchName(),
                "composite", AuditCards.score(l.composite()))).toList());
    }
}
