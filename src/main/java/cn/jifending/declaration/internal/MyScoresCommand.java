package cn.jifending.declaration.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.ChatInput;
import cn.jifending.bot.CommandHandler;
import cn.jifending.bot.Reading;
import cn.jifending.ledger.Scores;
import cn.jifending.notification.PageLinks;
import cn.jifending.scoring.GroupResult;
import cn.jifending.scoring.MonthResult;
import cn.jifending.scoring.YearResult;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import java.time.YearMonth;

/**
 * {@code 我的积分 [年份]} / {@code 积分}: the year's composite so far (the chat default year when none is
 * named) with its three parts and this month's (for a past year, its last month's)
 * groups; {@code 积分明细 10月}: that month's items, each with the rule and facts behind it (the
 * scoring explanations).
 */
@Component
class MyScoresCommand implements CommandHandler {

    private final Scores scores;
    private final Clock clock;
    private final Texts texts;
    private final PageLinks links;

    MyScoresCommand(Scores scores, Clock clock, Texts texts, PageLinks links) {
        this.texts = texts;
        this.links = links;
        this.scores = scores;
        this.clock = clock;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("我的积分", "积分", "积分明细", "明细");
    }

    @Override
    public Access access() {
        return Access.anyone();
    }

    @Override
    public void handle(ChatContext ctx) {
        LocalDate today = LocalDate.now(clock);
        if (ctx.keyword().endsWith(DeclarationWords.DETAIL)) {
            detail(ctx, today);
            return;
        }
        Reading<Integer> asked = new ChatInput(clock).yearOrDefault(ctx.arguments());
        if (asked.failed()) {
            ctx.reply(asked.problem().orElseThrow().template(), asked.problem().orElseThrow().model());
            return;
        }
        if (!asked.rest(ctx.arguments()).isEmpty()) {
            ctx.reply("my-score-usage", Map.of("text", ctx.arguments(), "year", asked.value()));
            return;
        }
        int shown = asked.value();
        Optional<YearResult> year = scores.yearOf(ctx.sender().memberId(), shown);
        if (year.isEmpty()) {
            ctx.reply("my-score-none", Map.of("year", shown));
            return;
        }
        YearResult y = year.get();
        int monthShown = shown == today.getYear() ? today.getMonthValue()
                : y.months().isEmpty() ? 12 : y.months().get(y.months().size() - 1).month().getMonthValue();
        String month = y.months().stream().filter(m -> m.month().getMonthValue() == monthShown)
                .findFirst().map(MyScoresCommand::groups).orElse("");
        ctx.reply("my-score", Map.ofEntries(Map.entry("name", ctx.sender().name()), Map.entry("year", shown),
                Map.entry("composite", Texts.points(y.composite())), Map.entry("base", Texts.points(y.base())),
                Map.entry("featured", Texts.points(y.featured())), Map.entry("review", Texts.points(y.review())),
                Map.entry("reviewPending", y.reviewGrade().isEmpty()), Map.entry("nothingRecorded", nothingRecorded(y)),
                Map.entry("thisYear", shown == today.getYear()),
                Map.entry("month", monthShown), Map.entry("lines", month),
                Map.entry("provisional", provisional(y, today)),
                Map.entry("pageLink", links.link("/h5/me", ctx.sender().userId()))));
    }

    /**
     * No fact of the year at all (no item of any month used one, no featured item, no review): the base then stands
     * at full marks only because nothing has been recorded yet, which the reply says.
     */
    private static boolean nothingRecorded(YearResult y) {
        return y.reviewGrade().isEmpty() && y.featuredItems().stream().allMatch(f -> f.factIds().isEmpty())
                && y.months().stream()
                .flatMap(m -> m.groups().stream()).flatMap(g -> g.items().stream())
                .allMatch(i -> i.factIds().isEmpty());
    }

    private void detail(ChatContext ctx, LocalDate today) {
        Reading<YearMonth> asked = ctx.arguments().isEmpty() ? Reading.of(YearMonth.from(today), 0, 0)
                : new ChatInput(clock).month(ctx.arguments());
        if (!asked.ok()) {
            ctx.reply("score-detail-usage", Map.of("text", ctx.arguments()));
            return;
        }
        int year = asked.value().getYear();
        int month = asked.value().getMonthValue();
        int y = year;
        int mo = month;
        Optional<MonthResult> result = scores.yearOf(ctx.sender().memberId(), year)
                .flatMap(r -> r.months().stream().filter(x -> x.month().getYear() == y
                        && x.month().getMonthValue() == mo).findFirst());
        if (result.isEmpty()) {
            ctx.reply("score-detail-none", Map.of("year", year, "month", month));
            return;
        }
        boolean inProgress = java.time.YearMonth.from(today).equals(result.get().month());
        ctx.reply("score-detail", Map.of("year", year, "month", month,
                "lines", String.join("\n", result.get().explain()),
                "provisional", inProgress ? "\n\n" + texts.render("score-provisional", Map.of("month", month)) : ""));
    }

    /** The 本月进行中 line when the year's figures include the month in progress. */
    private String provisional(YearResult y, LocalDate today) {
        return y.monthInProgress(today)
                .map(m -> "\n\n" + texts.render("score-provisional", Map.of("month", m.getMonthValue()))).orElse("");
    }

    private static String groups(MonthResult m) {
        StringBuilder sb = new StringBuilder();
        for (GroupResult g : m.groups()) {
            sb.append("- ").append(g.explanation()).append('\n');
        }
        return sb.append(m.explanation()).toString().strip();
    }
}
