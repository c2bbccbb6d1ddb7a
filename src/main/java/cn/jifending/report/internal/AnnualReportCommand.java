package cn.jifending.report.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.CommandHandler;
import cn.jifending.organization.Branch;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import cn.jifending.report.AnnualReports;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * {@code 年度报表 [2026] [支部]}: the annual results as .xlsx — a 机关党委 admin gets the whole
 * committee (or the branch named), a secretary their own branch. {@code 积分图 [2026]}: the
 * member's own year as a chart image. The year defaults to last year for the report, this year for the chart.
 */
@Component
class AnnualReportCommand implements CommandHandler {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*(年度|年)?");

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
        return Set.of("年度报表", "积分图");
    }

    @Override
    public Access access() {
        return Access.each(Map.of(
                "年度报表", Access.or(Access.committeeAdmin(), Access.secretaryOfOwnBranch()),
                "积分图", Access.anyone()));
    }

    @Override
    public void handle(ChatContext ctx) {
        LocalDate today = LocalDate.now(clock);
        Matcher m = YEAR.matcher(ctx.arguments());
        boolean named = m.find();
        Person sender = ctx.sender();
        if (ctx.keyword().equals("积分图")) {
            int year = named ? Integer.parseInt(m.group(1)) : today.getYear();
            Optional<AnnualReports.Chart> chart = reports.chartOf(sender.memberId(), year);
            if (chart.isEmpty()) {
                ctx.reply("annual-chart-none", Map.of("year", year));
                return;
            }
            String file = sender.name() + year + "年积分图.png";
            ctx.outbox().image(List.of(sender.userId()), file, chart.get().png());
            String provisional = chart.get().provisionalMonth()
                    .map(mo -> templates.message("score-provisional", Map.of("month", mo.getMonthValue())).strip())
                    .orElse("");
            ctx.reply("annual-chart-sent", Map.of("year", year, "text", file, "provisional", provisional));
            return;
        }
        int year = named ? Integer.parseInt(m.group(1)) : today.getYear() - 1;
        String rest = (named ? ctx.arguments().substring(m.end()) : ctx.arguments()).strip();
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
