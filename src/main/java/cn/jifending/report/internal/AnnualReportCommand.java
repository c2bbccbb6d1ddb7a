package cn.jifending.report.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.ChatInput;
import cn.jifending.bot.CommandHandler;
import cn.jifending.bot.Reading;
import cn.jifending.organization.Branch;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import cn.jifending.report.AnnualReports;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code 年度报表 [2026] [支部]}: the annual results as .xlsx — a 机关党委 admin gets the whole
 * committee (or the branch named), a secretary their own branch. {@code 积分图 [2026]}: the
 * member's own year as a chart image. No year is this year (as everywhere: {@code 年度报表 去年} in January).
 */
@Component
class AnnualReportCommand implements CommandHandler {

    private final AnnualReports reports;
    private final MemberDirectory directory;
    private final Clock clock;
    private final cn.jifending.notification.MessageTemplates templates;

    AnnualReportCommand(AnnualReports reports, MemberDirectory directory, Clock clock,
                         cn.jifending.notification.MessageTemplates templates) {
        this.templates = templates;
        this.reports = reports;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public Set<String> keywords() {
        return Set.of(ReportWords.REPORT, ReportWords.CHART);
    }

    @Override
    public Access access() {
        return Access.each(Map.of(
                ReportWords.REPORT, Access.or(Access.committeeAdmin(), Access.secretaryOfOwnBranch()),
                ReportWords.CHART, Access.anyone()));
    }

    @Override
    public void handle(ChatContext ctx) {
        ChatInput input = new ChatInput(clock);
        Person sender = ctx.sender();
        if (ctx.keyword().equals(ReportWords.CHART)) {
            Optional<Integer> asked = input.yearOnly(ctx.arguments()).orAnswer(ctx::reply);
            if (asked.isEmpty()) {
                return;
            }
            int year = asked.get();
            Optional<AnnualReports.Chart> chart = reports.chartOf(sender.memberId(), year);
            if (chart.isEmpty()) {
                ctx.reply("annual-chart-none", Map.of("year", year));
                return;
            }
            String file = PoiAnnualReports.LABELS.get("chart.file", Map.of("name", sender.name(), "year", year));
            ctx.outbox().image(List.of(sender.userId()), file, chart.get().png());
            String provisional = chart.get().provisionalMonth()
                    .map(mo -> templates.message("score-provisional", Map.of("month", mo.getMonthValue())).strip())
                    .orElse("");
            ctx.reply("annual-chart-sent", Map.of("year", year, "text", file, "provisional", provisional));
            return;
        }
        Reading<Integer> asked = input.yearOrDefault(ctx.arguments());
        Optional<Integer> named = asked.orAnswer(ctx::reply);
        if (named.isEmpty()) {
            return;
        }
        int year = named.get();
        String rest = asked.rest(ctx.arguments());
        Optional<Long> branchId;
        if (Access.committeeAdmin().allows(sender)) {
            if (rest.isEmpty()) {
                branchId = Optional.empty();
            } else {
                Optional<Branch> branch = directory.branches().stream().filter(b -> b.name().equals(rest)).findFirst();
                if (branch.isEmpty()) {
                    ctx.reply("annual-report-unknown-branch", Map.of("text", rest));
                    return;
                }
                branchId = Optional.of(branch.get().id());
            }
        } else {
            branchId = Optional.of(sender.branchId());
        }
        String file = reports.workbookName(year, branchId);
        ctx.outbox().file(List.of(sender.userId()), file, reports.workbook(year, branchId));
        ctx.reply("annual-report-sent", Map.of("year", year, "text", file));
    }
}
