package cn.jifending.recording.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.ChatInput;
import cn.jifending.bot.CommandHandler;
import cn.jifending.ledger.Scores;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.notification.PageLinks;
import cn.jifending.notification.TemplateModel;
import cn.jifending.organization.Branch;
import cn.jifending.scoring.YearResult;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code 支部积分 [月份|季度|年] [第N页] [支部]}: every member's figures for the period as a numbered
 * list (a page of {@code jifen.branch-scores.page-size}), with the monthly items not yet recorded
 * flagged beside each member, and a link to the branch page. For the branch's secretary, recorders
 * and committee members (the panel); the committee admin names the branch. The figures are the same
 * ones {@code 我的积分} shows: month base, quarter total, or the year's composite so far.
 */
@Component
class BranchScoresCommand implements CommandHandler {

    private final Clerks clerks;
    private final Scores scores;
    private final MonthGaps gaps;
    private final MessageTemplates templates;
    private final BranchScoresProperties properties;
    private final Clock clock;
    private final PageLinks links;

    BranchScoresCommand(Clerks clerks, Scores scores, MonthGaps gaps, MessageTemplates templates,
                        BranchScoresProperties properties, Clock clock, PageLinks links) {
        this.links = links;
        this.clerks = clerks;
        this.scores = scores;
        this.gaps = gaps;
        this.templates = templates;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("支部积分");
    }

    @Override
    public Access access() {
        return Access.or(Access.recorderOfOwnBranch(), Access.panelOfOwnBranch(), Access.committeeAdmin());
    }

    @Override
    public void handle(ChatContext ctx) {
        LocalDate today = LocalDate.now(clock);
        List<String> words = ChatWords.of(ctx.arguments());
        Optional<Branch> named = words.stream().flatMap(w -> clerks.branchNamed(w).stream()).findFirst();
        Optional<ScorePeriod.Request> request = ScorePeriod.parse(
                words.stream().filter(w -> named.isEmpty() || !w.equals(named.get().name())).toList(), new ChatInput(clock));
        if (request.isEmpty()) {
            ctx.reply("branch-scores-usage", Map.of("text", ctx.arguments()));
            return;
        }
        Long branchId = named.map(Branch::id).orElse(ctx.sender().branchId());
        if (branchId == null || !mayView(ctx, branchId)) {
            if (branchId != null) {
                clerks.refused(ctx.sender(), branchId, ctx.keyword(), ctx.source());
            }
            ctx.reply("branch-scores-other-branch", Map.of("name", ctx.sender().name()));
            return;
        }
        ScorePeriod period = request.get().period();
        List<String> lines = new ArrayList<>();
        Map<String, Map<String, List<Integer>>> unrecorded = unrecorded(branchId, period, today);
        scores.forEachYear(branchId, period.year(), y -> period.figure(y).ifPresent(f -> lines.add(
                line(y, f, unrecorded.getOrDefault(y.memberId(), Map.of()), period.months().size() > 1))));
        String branchName = clerks.branch(branchId).map(Branch::name).orElse("");
        if (lines.isEmpty()) {
            ctx.reply("branch-scores-none", Map.of("branch", branchName, "period", period.label(templates)));
            return;
        }
        int size = properties.pageSize();
        int pages = (lines.size() + size - 1) / size;
        int page = Math.min(request.get().page(), pages);
        List<String> shown = new ArrayList<>();
        for (int i = (page - 1) * size; i < Math.min(lines.size(), page * size); i++) {
            shown.add((i + 1) + ". " + lines.get(i));
        }
        String more = page < pages ? templates.message("branch-scores-more", Map.of("keyword", ctx.keyword(),
                "words", TemplateModel.list(words.stream().filter(w -> !ScoreWords.ANY_PAGE.matcher(w).matches()).toList()),
                "next", page + 1)).strip() : "";
        ctx.reply("branch-scores", Map.of("branch", branchName, "period", period.label(templates),
                "count", lines.size(), "page", page, "pages", pages, "lines", String.join("\n", shown),
                "more", more, "link", links.link(properties.pageUrl() + "?branch=" + branchId, ctx.sender().userId())));
    }

    private boolean mayView(ChatContext ctx, long branchId) {
        return clerks.mayRecord(ctx.sender(), branchId)
                || clerks.isCommitteeMemberOf(ctx.sender(), branchId)
                || clerks.directory().panelOf(branchId).stream().anyMatch(p -> p.memberId() == ctx.sender().memberId())
                || Access.committeeAdmin().allows(ctx.sender());
    }

    /**
     * For each member (by the id as scoring writes it), the monthly items not recorded in the period's
     * months so far, each with the months it lacks (学习强国 1–12月, not twelve separate words).
     */
    private Map<String, Map<String, List<Integer>>> unrecorded(long branchId, ScorePeriod period, LocalDate today) {
        Map<String, Map<String, List<Integer>>> byMember = new HashMap<>();
        for (YearMonth month : period.months()) {
            if (month.isAfter(YearMonth.from(today))) {
                break;
            }
            gaps.missingByMember(branchId, month).forEach((member, items) -> items.forEach(item ->
                    byMember.computeIfAbsent(String.valueOf(member), k -> new LinkedHashMap<>())
                            .computeIfAbsent(item.word(), k -> new ArrayList<>()).add(month.getMonthValue())));
        }
        return byMember;
    }

    private String line(YearResult y, ScorePeriod.Figure f, Map<String, List<Integer>> unrecorded, boolean months) {
        String flag = unrecorded.isEmpty() ? ""
                : templates.message("branch-scores-unrecorded", Map.of("items", TemplateModel.list(
                        unrecorded.entrySet().stream().map(e -> Map.of("word", e.getKey(), "hasMonths", months,
                                "ranges", TemplateModel.list(ranges(e.getValue())))).toList()))).strip();
        return templates.message("branch-scores-line-" + f.kind(), Map.of("name", y.name(),
                "total", show(f.total()), "base", show(f.base()), "featured", show(f.featured()),
                "review", show(f.review()), "flag", flag)).strip();
    }

    /** Ascending month numbers as runs: 1,2,3,5 → {1–3}, {5}. */
    static List<Map<String, Object>> ranges(List<Integer> months) {
        List<Map<String, Object>> runs = new ArrayList<>();
        int i = 0;
        while (i < months.size()) {
            int j = i;
            while (j + 1 < months.size() && months.get(j + 1) == months.get(j) + 1) {
                j++;
            }
            runs.add(Map.of("from", months.get(i), "to", months.get(j), "single", i == j));
            i = j + 1;
        }
        return runs;
    }

    private static String show(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }
}
