package cn.jifending.recording.internal;

import cn.jifending.notification.TemplateModel;
import cn.jifending.bot.Access;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.ChatInput;
import cn.jifending.bot.CommandHandler;
import cn.jifending.bot.Reading;
import cn.jifending.ledger.Fact;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.organization.Person;
import cn.jifending.recording.MeetingRecord;
import cn.jifending.scoring.FactKind;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code 本月记分 [月份]}: who is missing which monthly record (学习强国, 每日一题, 党费), the meetings
 * recorded and excuses waiting for the secretary. {@code 本月记分 @张三 [月份]}: that member's records
 * with their numbers (for {@code 更正}).
 */
@Component
class MonthStatusCommand implements CommandHandler {

    private final Clerks clerks;
    private final MonthGaps monthGaps;
    private final LiveFacts live;
    private final MeetingStore meetings;
    private final MessageTemplates templates;
    private final Clock clock;

    MonthStatusCommand(Clerks clerks, MonthGaps monthGaps, LiveFacts live, MeetingStore meetings, MessageTemplates templates,
                       Clock clock) {
        this.clerks = clerks;
        this.monthGaps = monthGaps;
        this.live = live;
        this.meetings = meetings;
        this.templates = templates;
        this.clock = clock;
    }

    @Override
    public Set<String> keywords() {
        return Set.of("本月记分");
    }

    @Override
    public Access access() {
        return Access.or(Access.recorderOfOwnBranch(), Access.secretaryOfOwnBranch());
    }

    @Override
    public void handle(ChatContext ctx) {
        List<String> words = ChatWords.of(ctx.arguments());
        Optional<Long> branch = clerks.branchToRecord(ctx, words, ctx.keyword());
        if (branch.isEmpty()) {
            return;
        }
        long branchId = branch.get();
        LocalDate today = LocalDate.now(clock);
        Reading<YearMonth> read = ChatInput.firstOf(words, new ChatInput(clock)::month);
        if (read.failed()) {
            ctx.reply(read.problem().orElseThrow().template(), read.problem().orElseThrow().model());
            return;
        }
        YearMonth month = read.orElse(YearMonth.from(today));
        Optional<String> person = words.stream().filter(w -> w.startsWith("@")).findFirst();
        if (person.isPresent()) {
            memberDetail(ctx, branchId, month, person.get());
            return;
        }
        MonthGaps.Gaps gaps = monthGaps.of(branchId, month);
        List<Map<String, Object>> held = new ArrayList<>();
        for (MeetingRecord m : meetings.heldIn(branchId, month)) {
            held.add(Map.of("item", LedgerItem.byCode(m.item()).map(LedgerItem::word).orElse(m.item()),
                    "date", ChatInput.show(m.heldOn())));
        }
        List<String> pending = gaps.pendingExcuses();
        ctx.reply("month-status", Map.of("month", ChatInput.show(month), "count", gaps.roster().size(),
                "problems", monthGaps.missingLines(gaps), "meetings", TemplateModel.list(held),
                "pending", TemplateModel.list(pending)));
    }

    private void memberDetail(ChatContext ctx, long branchId, YearMonth month, String name) {
        Problems problems = new Problems(templates);
        var found = new RosterNames(clerks.membersOn(branchId, month.atEndOfMonth().isAfter(LocalDate.now(clock))
                ? LocalDate.now(clock) : month.atEndOfMonth())).resolve(List.of(name), problems).found();
        if (problems.any()) {
            ctx.reply("recording-rejected", Map.of("problems", problems.list()));
            return;
        }
        Person p = found.values().iterator().next();
        StringBuilder lines = new StringBuilder();
        for (Fact f : live.of(p.memberId(), month)) {
            if (f.branchId() != branchId || f.kind() == FactKind.MEMBERSHIP) {
                continue;
            }
            String item = LedgerItem.byCode(f.item()).map(LedgerItem::word).orElse(String.valueOf(f.item()));
            lines.append(templates.message("member-fact-line", Map.of("factId", f.id(), "date", ChatInput.show(f.occurredOn()),
                    "item", item, "value", FactValues.show(f.kind(), f.value()))).strip()).append('\n');
        }
        ctx.reply("member-month", Map.of("member", p.name(), "month", ChatInput.show(month),
                "problems", lines.toString().strip()));
    }
}
