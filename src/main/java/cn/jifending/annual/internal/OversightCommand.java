package cn.jifending.annual.internal;

import cn.jifending.bot.Access;
import cn.jifending.annual.AnnualLine;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.ChatInput;
import cn.jifending.bot.CommandHandler;
import cn.jifending.evaluation.Evaluation;
import cn.jifending.evaluation.RoundStatus;
import cn.jifending.organization.Branch;
import cn.jifending.organization.MemberDirectory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
        return Set.of("全局进度", "积分名单");
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
        if (ctx.keyword().equals("全局进度")) {
            ctx.reply("annual-progress", Map.of("year", year, "table", progress(year)));
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

    private static final String[] QUARTERS = {"一季度", "二季度", "三季度", "四季度"};

    private String progress(int year) {
        List<RoundStatus> rounds = evaluation.rounds(year);
        StringBuilder t = new StringBuilder();
        for (Branch b : directory.branches()) {
            t.append("- ").append(b.name()).append("：");
            for (int q = 1; q <= 4; q++) {
                int quarter = q;
                Optional<RoundStatus> r = rounds.stream().filter(x -> x.branchId() == b.id() && x.quarter() == quarter)
                        .findFirst();
                t.append(QUARTERS[q - 1]).append(r.isEmpty() ? "未开始" : r.get().signed() ? "已签字" : "考评中")
                        .append(" · ");
            }
            Optional<AnnualStore.Round> annual = store.round(b.id(), year);
            String a = annual.isEmpty() ? "未开始" : store.frozen(annual.get().id()) ? "已审核通过"
                    : audits.branchSigned(annual.get()) ? "待机关党委审核"
                    : "支委会审核中 " + store.signers(annual.get().id(), AnnualStore.BRANCH).size() + "/"
                            + audits.requiredSigners(b.id()).size();
            t.append("年度").append(a).append("\n");
        }
        return t.toString().strip();
    }

    private static String list(List<AnnualLine> lines) {
        return lines.isEmpty() ? "无" : lines.stream()
                .map(l -> "- " + l.name() + "（" + l.branchName() + "）" + AuditCards.score(l.composite()))
                .collect(Collectors.joining("\n"));
    }
}
