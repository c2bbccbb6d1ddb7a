package cn.jifending.annual.internal;

import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.ChatInput;
import cn.jifending.bot.InboundMessage.Attachment;
import cn.jifending.bot.PendingInteraction;
import cn.jifending.notification.DeliveryException;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.notification.Messenger;
import cn.jifending.organization.Person;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A review grades sheet sent by a secretary (a file with a {@code 评议等次} column; other sheets are
 * left to recording's importer): every row must name a member of the branch's year (userid, when
 * given, must match the name) and a valid grade, each member once — otherwise nothing is written
 * and every problem is listed by row and column.
 */
@Component
@Order(90)
class GradeSheetReply implements PendingInteraction {

    private final Messenger messenger;
    private final ReviewEntry entry;
    private final ReviewCommand command;
    private final MessageTemplates templates;
    private final Clock clock;

    GradeSheetReply(Messenger messenger, ReviewEntry entry, ReviewCommand command, MessageTemplates templates,
                     Clock clock) {
        this.messenger = messenger;
        this.entry = entry;
        this.command = command;
        this.templates = templates;
        this.clock = clock;
    }

    @Override
    public Access access() {
        return Access.secretaryOfOwnBranch();
    }

    @Override
    public boolean tryHandle(ChatContext ctx) {
        Person sender = ctx.sender();
        Optional<Attachment> file = ctx.message().attachments().stream()
                .filter(a -> a.kind() == Attachment.Kind.FILE && GradeSheet.isSheet(a.fileName())).findFirst();
        if (file.isEmpty()) {
            return false;
        }
        byte[] content;
        try {
            content = messenger.download(file.get().downloadCode());
        } catch (DeliveryException e) {
            return false;
        }
        Optional<GradeSheet> sheet = GradeSheet.read(file.get().fileName(), content);
        if (sheet.isEmpty()) {
            return false;
        }
        GradeSheet s = sheet.get();
        ChatInput input = new ChatInput(clock);
        Optional<Integer> asked = (s.yearText().isEmpty() ? input.yearOrDefault(ctx.message().text())
                : input.yearOnly(s.yearText())).orAnswer(ctx::reply);
        if (asked.isEmpty()) {
            return true;
        }
        int year = asked.get();
        Map<String, Person> members = entry.membersOfYear(sender.branchId(), year);
        List<String> problems = new ArrayList<>();
        List<ReviewEntry.Grade> grades = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int r = s.headerRow() + 1; r < s.rows().size(); r++) {
            List<String> row = s.rows().get(r);
            String name = s.cell(row, s.nameColumn());
            String userId = s.cell(row, s.userIdColumn());
            String word = s.cell(row, s.gradeColumn());
            if (name.isEmpty() && userId.isEmpty() && word.isEmpty()) {
                continue;
            }
            int line = r + 1;
            Person p = members.get(name);
            if (p == null || (!userId.isEmpty() && !userId.equals(p.userId()))) {
                problems.add(problem(line, AnnualWords.SHEET_NAME, "annual-review-problem-member", Map.of("name", name, "year", year)));
            } else if (!seen.add(p.memberId())) {
                problems.add(problem(line, AnnualWords.SHEET_NAME, "annual-review-problem-twice", Map.of("name", name)));
            }
            Optional<String> value = Grades.value(word);
            if (value.isEmpty()) {
                problems.add(problem(line, AnnualWords.SHEET_GRADE, "annual-review-problem-grade", Map.of("text", word)));
            }
            if (p != null && value.isPresent()) {
                grades.add(new ReviewEntry.Grade(p.memberId(), p.name(), value.get()));
            }
        }
        if (grades.isEmpty() && problems.isEmpty()) {
            problems.add(templates.message("annual-review-problem-empty", Map.of()).strip());
        }
        if (!problems.isEmpty()) {
            ctx.reply("annual-review-rejected", Map.of("year", year,
                    "problems", problems.stream().map(x -> "- " + x).collect(Collectors.joining("\n"))));
            return true;
        }
        int changed = entry.write(sender.branchId(), year, grades, ctx.source().imported(sha256(content)), sender.userId());
        ctx.reply("annual-review-recorded", Map.of("year", year, "count", grades.size(), "changed", changed,
                "grades", ReviewCommand.grades(grades),
                "missing", command.missing(sender.branchId(), year, members)));
        return true;
    }

    private String problem(int row, String column, String template, Map<String, ?> model) {
        return templates.message("annual-review-problem-at", Map.of("row", row, "column", column,
                "problem", templates.message(template, model).strip())).strip();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
