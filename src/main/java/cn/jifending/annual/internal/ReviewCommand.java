package cn.jifending.annual.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.ChatInput;
import cn.jifending.bot.CommandHandler;
import cn.jifending.bot.Reading;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.notification.TemplateModel;
import cn.jifending.organization.Person;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * {@code 评议 2026 @张三 优秀 @李四 合格 …} (the secretary enters democratic review grades; no year is
 * this year, {@code 评议 去年 …} in January) and {@code 评议模板} (the blank grades sheet). All or nothing: one unknown
 * name or word and nothing is written.
 */
@Component
class ReviewCommand implements CommandHandler {

    /** The grades sheet sent on 评议模板, in {@code bot-templates/sheets/}; its file name is a template. */
    static final String SHEET = "review-grades.csv";
    private static final Pattern PAIR = Pattern.compile("@?(\\S+?)[\\s\\u3000]+(\\S+)");

    private final ReviewEntry entry;
    private final MessageTemplates templates;
    private final Clock clock;

    ReviewCommand(ReviewEntry entry, MessageTemplates templates, Clock clock) {
        this.entry = entry;
        this.templates = templates;
        this.clock = clock;
    }

    @Override
    public Set<String> keywords() {
        return Set.of(AnnualWords.REVIEW, AnnualWords.REVIEW_TEMPLATE);
    }

    @Override
    public Access access() {
        return Access.secretaryOfOwnBranch();
    }

    @Override
    public void handle(ChatContext ctx) {
        Person sender = ctx.sender();
        if (ctx.keyword().equals(AnnualWords.REVIEW_TEMPLATE)) {
            String fileName = templates.message("annual-review-template-file", Map.of()).strip();
            ctx.outbox().file(List.of(sender.userId()), fileName, sheet());
            ctx.reply("annual-review-template-sent", Map.of("text", fileName));
            return;
        }
        Reading<Integer> asked = new ChatInput(clock).yearOrDefault(ctx.arguments());
        Optional<Integer> named = asked.orAnswer(ctx::reply);
        if (named.isEmpty()) {
            return;
        }
        int year = named.get();
        String args = asked.rest(ctx.arguments());
        if (args.isBlank()) {
            ctx.reply("annual-review-usage", Map.of("year", year));
            return;
        }
        Map<String, Person> members = entry.membersOfYear(sender.branchId(), year);
        List<ReviewEntry.Grade> grades = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Matcher m = PAIR.matcher(args.replace('＠', '@'));
        while (m.find()) {
            Person p = members.get(m.group(1));
            var value = Grades.value(m.group(2));
            if (p == null) {
                problems.add(templates.message("annual-review-problem-unknown", Map.of("name", m.group(1), "year", year)).strip());
            } else if (value.isEmpty()) {
                problems.add(templates.message("annual-review-problem-chat-grade",
                        Map.of("name", m.group(1), "text", m.group(2))).strip());
            } else {
                grades.add(new ReviewEntry.Grade(p.memberId(), p.name(), value.get()));
            }
        }
        if (!problems.isEmpty() || grades.isEmpty()) {
            ctx.reply("annual-review-rejected", Map.of("year", year,
                    "problems", "- " + (problems.isEmpty()
                            ? templates.message("annual-review-problem-none", Map.of()).strip()
                            : String.join("\n- ", problems))));
            return;
        }
        int changed = entry.write(sender.branchId(), year, grades, ctx.source(), sender.userId());
        ctx.reply("annual-review-recorded", Map.of("year", year, "count", grades.size(), "changed", changed,
                "grades", grades(grades),
                "missing", missing(sender.branchId(), year, members)));
    }

    /** The names of the year's members still without a grade, as a template list (empty: none). */
    List<Map<String, Object>> missing(long branchId, int year, Map<String, Person> members) {
        return TemplateModel.list(members.values().stream()
                .filter(p -> entry.currentGrade(branchId, p.memberId(), year).isEmpty())
                .map(Person::name).toList());
    }

    /** The grades just written, as a template list of {@link Grades#entry}. */
    static List<Map<String, Object>> grades(List<ReviewEntry.Grade> grades) {
        return TemplateModel.list(grades.stream().map(g -> Grades.entry(g.name(), g.value())).toList());
    }

    static byte[] sheet() {
        try (InputStream in = ReviewCommand.class.getClassLoader().getResourceAsStream("bot-templates/sheets/" + SHEET)) {
            if (in == null) {
                throw new IllegalStateException("missing bot-templates/sheets/" + SHEET);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
