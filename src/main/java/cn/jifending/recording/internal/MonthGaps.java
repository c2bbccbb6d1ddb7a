package cn.jifending.recording.internal;

import cn.jifending.notification.TemplateModel;
import cn.jifending.ledger.Fact;
import cn.jifending.ledger.Ledger;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.organization.Member;
import cn.jifending.organization.MembershipSpell;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a branch has not yet recorded for a month: who lacks which monthly figure (学习强国, 每日一题,
 * 党费) and whose excuses still wait for the secretary. Shared by {@code 本月记分} and the month-end
 * reminder job.
 */
@Component
class MonthGaps {

    static final List<LedgerItem> MONTHLY = List.of(LedgerItem.XUEXI, LedgerItem.DAILY_QUESTION, LedgerItem.DUES);

    /**
     * @param roster         members of the branch at any time in the month, by id
     * @param missing        for each monthly item, the names of members without a live record
     * @param pendingExcuses names of members whose 请假 waits for the secretary
     */
    record Gaps(Map<Long, Member> roster, Map<LedgerItem, List<String>> missing, List<String> pendingExcuses) {

        boolean complete() {
            return missing.values().stream().allMatch(List::isEmpty) && pendingExcuses.isEmpty();
        }
    }

    private final Clerks clerks;
    private final Ledger ledger;
    private final MeetingStore meetings;

    private final MessageTemplates templates;

    MonthGaps(Clerks clerks, Ledger ledger, MeetingStore meetings, MessageTemplates templates) {
        this.clerks = clerks;
        this.templates = templates;
        this.ledger = ledger;
        this.meetings = meetings;
    }

    /** For each member of the branch in the month (by member id), the monthly items without a live record. */
    Map<Long, List<LedgerItem>> missingByMember(long branchId, YearMonth month) {
        Map<Long, List<LedgerItem>> byMember = new LinkedHashMap<>();
        Gaps gaps = of(branchId, month, byMember);
        gaps.roster().keySet().forEach(id -> byMember.putIfAbsent(id, List.copyOf(MONTHLY)));
        return byMember;
    }

    Gaps of(long branchId, YearMonth month) {
        return of(branchId, month, new LinkedHashMap<>());
    }

    private Gaps of(long branchId, YearMonth month, Map<Long, List<LedgerItem>> byMember) {
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
            List<LedgerItem> lacking = new ArrayList<>();
            for (LedgerItem item : MONTHLY) {
                boolean has = my.facts().stream().anyMatch(f -> f.kind() == item.kind() && !corrected.contains(f.id())
                        && YearMonth.from(f.occurredOn()).equals(month));
                if (!has) {
                    missing.get(item).add(my.name());
                    lacking.add(item);
                }
            }
            byMember.put(my.memberId(), List.copyOf(lacking));
        });
        List<String> pending = meetings.pendingExcuses(branchId, month).stream()
                .map(id -> roster.containsKey(id) ? roster.get(id).name() : "#" + id).toList();
        return new Gaps(roster, missing, pending);
    }

    /** One line per monthly item: who lacks it, or that it is complete. */
    String missingLines(Gaps gaps) {
        StringBuilder lines = new StringBuilder();
        for (LedgerItem item : MONTHLY) {
            List<String> names = gaps.missing().get(item);
            lines.append(templates.message(names.isEmpty() ? "month-status-complete" : "month-status-missing",
                    Map.of("item", item.word(), "count", names.size(), "names", TemplateModel.list(names))).strip())
                    .append('\n');
        }
        return lines.toString().strip();
    }
}
