package cn.jifending.recording.internal;

import cn.jifending.bot.ChatContext;
import cn.jifending.bot.CommandHandler;
import cn.jifending.ledger.Fact;
import cn.jifending.ledger.Ledger;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.organization.Branch;
import cn.jifending.organization.Member;
import cn.jifending.organization.MembershipSpell;
import cn.jifending.organization.Person;
import cn.jifending.recording.MeetingRecord;
import cn.jifending.scoring.FactKind;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

    private static final List<LedgerItem> MONTHLY = List.of(LedgerItem.XUEXI, LedgerItem.DAILY_QUESTION, LedgerItem.DUES);

    private final Clerks clerks;
    private final Ledger ledger;
    private final LiveFacts live;
    private final MeetingStore meetings;
    private final MessageTemplates templates;
    private final Clock clock;

    MonthStatusCommand(Clerks clerks, Ledger ledger, LiveFacts live, MeetingStore meetings, MessageTemplates templates,
                       Clock clock) {
        this.clerks = clerks;
        this.ledger = ledger;
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
    public void handle(ChatContext ctx) {
        List<String> words = ChatWords.of(ctx.arguments());
        Optional<Branch> named = words.stream().flatMap(w -> clerks.branchNamed(w).stream()).findFirst();
        Long branchId = named.map(Branch::id).orElse(ctx.sender().branchId());
        if (branchId == null || !clerks.mayRecord(ctx.sender(), branchId)) {
            if (branchId != null) {
                clerks.refused(ctx.sender(), branchId, "本月记分", "CHAT_MESSAGE:" + ctx.message().msgId());
            }
            ctx.reply("recording-refused", Map.of("name", ctx.sender().name()));
            return;
        }
        LocalDate today = LocalDate.now(clock);
        YearMonth month = words.stream().flatMap(w -> ChatDates.month(w, today).stream()).findFirst()
                .orElse(YearMonth.from(today));
        Optional<String> person = words.stream().filter(w -> w.startsWith("@")).findFirst();
        if (person.isPresent()) {
            memberDetail(ctx, branchId, month, person.get());
            return;
        }
        Map<Long, Member> roster = new LinkedHashMap<>();
        for (MembershipSpell s : clerks.directory().spellsInBranch(branchId, month.atDay(1), month.atEndOfMonth())) {
            clerks.directory().member(s.memberId()).ifPresent(m -> roster.putIfAbsent(m.id(), m));
        }
        Map<LedgerItem, List<String>> missing = new EnumMap<>(LedgerItem.class);
        MONTHLY.forEach(i -> missing.put(i, new ArrayList<>()));
        Set<Long> seen = new HashSet<>();
        ledger.forEachMemberYear(branchId, month.getYear(), my -> {
            if (!roster.containsKey(my.memberId()) || !seen.add(my.memberId())) {
                return;
            }
            Set<Long> corrected = new HashSet<>();
            my.facts().stream().filter(Fact::isCorrection).forEach(f -> corrected.add(f.corrects()));
            for (LedgerItem item : MONTHLY) {
                boolean has = my.facts().stream().anyMatch(f -> f.kind() == item.kind() && !corrected.contains(f.id())
                        && YearMonth.from(f.occurredOn()).equals(month));
                if (!has) {
                    missing.get(item).add(my.name());
                }
            }
        });
        StringBuilder lines = new StringBuilder();
        for (LedgerItem item : MONTHLY) {
            List<String> names = missing.get(item);
            lines.append(templates.message(names.isEmpty() ? "month-status-complete" : "month-status-missing",
                    Map.of("item", item.word(), "count", names.size(), "text", String.join("、", names))).strip())
                    .append('\n');
        }
        List<String> held = new ArrayList<>();
        for (MeetingRecord m : meetings.heldIn(branchId, month)) {
            held.add(LedgerItem.byCode(m.item()).map(LedgerItem::word).orElse(m.item()) + " "
                    + ChatDates.show(m.heldOn()));
        }
        List<String> pending = meetings.pendingExcuses(branchId, month).stream()
                .map(id -> roster.containsKey(id) ? roster.get(id).name() : "#" + id).toList();
        ctx.reply("month-status", Map.of("month", ChatDates.show(month), "count", roster.size(),
                "problems", lines.toString().strip(), "meetings", held.isEmpty() ? "—" : String.join("；", held),
                "text", pending.isEmpty() ? "—" : String.join("、", pending)));
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
            lines.append(templates.message("member-fact-line", Map.of("factId", f.id(), "date", ChatDates.show(f.occurredOn()),
                    "item", item, "value", FactValues.show(f.kind(), f.value()))).strip()).append('\n');
        }
        ctx.reply("member-month", Map.of("member", p.name(), "month", ChatDates.show(month),
                "problems", lines.length() == 0 ? "—" : lines.toString().strip()));
    }
}
