package cn.jifending.recording.internal;

import cn.jifending.audit.AuditEntry;
import cn.jifending.audit.AuditLog;
import cn.jifending.bot.ChatInput;
import cn.jifending.bot.Reading;
import cn.jifending.ledger.Ledger;
import cn.jifending.ledger.NewFact;
import cn.jifending.ledger.PeriodLocks;
import cn.jifending.audit.Source;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.organization.Member;
import cn.jifending.organization.MembershipSpell;
import cn.jifending.organization.Person;
import cn.jifending.scoring.FactKind;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One month's 学习强国 / 每日一题 / 党费 figures from a sheet. All or nothing: every problem of the
 * file is listed by row and column and nothing is written unless there is none.
 */
@Component
class MonthlyFiguresImport {

    static final int MAX_POINTS = 999;
    private static final Map<String, String> DUES = dues();

    /** The dues words of a sheet, and the stored values themselves (a sheet exported by us). */
    private static Map<String, String> dues() {
        Map<String, String> words = new java.util.HashMap<>(FactWords.DUES);
        FactWords.DUES.values().forEach(v -> words.put(v, v));
        return Map.copyOf(words);
    }

    record Outcome(String template, Map<String, Object> model) {
    }

    private record Row(int number, Member member, int days, int points, String dues) {
    }

    private final Clerks clerks;
    private final Ledger ledger;
    private final PeriodLocks locks;
    private final ImportStore imports;
    private final AuditLog audit;
    private final MessageTemplates templates;
    private final Clock clock;

    MonthlyFiguresImport(Clerks clerks, Ledger ledger, PeriodLocks locks, ImportStore imports, AuditLog audit,
                         MessageTemplates templates, Clock clock) {
        this.clerks = clerks;
        this.ledger = ledger;
        this.locks = locks;
        this.imports = imports;
        this.audit = audit;
        this.templates = templates;
        this.clock = clock;
    }

    @Transactional
    Outcome importSheet(long branchId, SheetLayout sheet, Optional<YearMonth> monthFromText, String sha256,
                        String fileName, Person by, Source via) {
        Problems problems = new Problems(templates);
        LocalDate today = LocalDate.now(clock);
        Reading<YearMonth> cell = monthFromText.isPresent() ? Reading.none()
                : sheet.meta(SheetWords.MONTH_KEY).map(new ChatInput(clock)::monthOrDaysMonth).orElse(Reading.none());
        if (cell.failed()) {
            problems.add(cell.problem().orElseThrow());
            return rejected(problems);
        }
        Optional<YearMonth> month = monthFromText.or(cell::asOptional);
        if (month.isEmpty()) {
            problems.add("month-missing", Map.of());
            return rejected(problems);
        }
        YearMonth ym = month.get();
        if (ym.isAfter(YearMonth.from(today))) {
            problems.add("month-future", Map.of("month", ChatInput.show(ym)));
        }
        if (locks.isLocked(branchId, ym.atDay(1)) || locks.isLocked(branchId, ym.atEndOfMonth())) {
            problems.add("period-locked", Map.of("date", ChatInput.show(ym)));
        }
        for (String column : List.of(SheetLayout.NAME, SheetLayout.USERID, SheetLayout.XUEXI, SheetLayout.DAILY,
                SheetLayout.DUES)) {
            if (!sheet.has(column)) {
                problems.add("column-missing", Map.of("column", column));
            }
        }
        if (problems.any()) {
            return rejected(problems);
        }
        Map<String, Member> roster = roster(branchId, ym);
        Set<Long> recorded = alreadyRecorded(branchId, ym);
        Map<Long, Integer> seen = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        int maxDays = Math.min(31, ym.lengthOfMonth());
        for (SheetLayout.DataRow r : sheet.dataRows()) {
            String userId = r.get(SheetLayout.USERID);
            String name = r.get(SheetLayout.NAME);
            Member m = roster.get(userId);
            if (m == null) {
                problems.at(r.number(), sheet.header(SheetLayout.USERID), "member-unknown",
                        Map.of("name", name, "text", userId, "month", ChatInput.show(ym)));
            } else if (!m.name().equals(name)) {
                problems.at(r.number(), sheet.header(SheetLayout.NAME), "member-name-mismatch",
                        Map.of("name", name, "text", userId, "member", m.name()));
            } else if (seen.containsKey(m.id())) {
                problems.at(r.number(), sheet.header(SheetLayout.USERID), "member-duplicate",
                        Map.of("name", name, "row", seen.get(m.id())));
            } else if (recorded.contains(m.id())) {
                problems.at(r.number(), sheet.header(SheetLayout.USERID), "figure-exists",
                        Map.of("name", name, "month", ChatInput.show(ym)));
            }
            if (m != null) {
                seen.putIfAbsent(m.id(), r.number());
            }
            Integer days = number(r, sheet, SheetLayout.XUEXI, maxDays, problems);
            Integer points = number(r, sheet, SheetLayout.DAILY, MAX_POINTS, problems);
            String dues = DUES.get(r.get(SheetLayout.DUES));
            if (dues == null) {
                problems.at(r.number(), sheet.header(SheetLayout.DUES), "dues-invalid",
                        Map.of("text", r.get(SheetLayout.DUES)));
            }
            if (m != null && days != null && points != null && dues != null) {
                rows.add(new Row(r.number(), m, days, points, dues));
            }
        }
        if (sheet.dataRows().isEmpty()) {
            problems.add("sheet-empty", Map.of());
        }
        if (problems.any()) {
            return rejected(problems);
        }
        Source source = via.imported(sha256);
        LocalDate first = ym.atDay(1);
        for (Row r : rows) {
            record(FactKind.XUEXI_MISSED_DAYS, branchId, r.member(), first, String.valueOf(r.days()), source, by);
            record(FactKind.DAILY_QUESTION_POINTS, branchId, r.member(), first, String.valueOf(r.points()), source, by);
            record(FactKind.DUES, branchId, r.member(), first, r.dues(), source, by);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        imports.insert(branchId, "MONTHLY", sha256, fileName, ym.toString(), rows.size(), by.userId(), now);
        audit.record(AuditEntry.of(by.userId(), "recording.import.monthly", "rec_import", sha256, source)
                .with("file", fileName).with("month", ym).with("rows", rows.size()));
        int missing = roster.size() - rows.size();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("month", ChatInput.show(ym));
        model.put("count", rows.size());
        model.put("missing", missing);
        return new Outcome("monthly-imported", model);
    }

    private void record(FactKind kind, long branchId, Member m, LocalDate first, String value, Source source,
                        Person by) {
        ledger.record(NewFact.of(kind, branchId, m.id(), null, first, value, source, by.userId()));
    }

    private static Integer number(SheetLayout.DataRow r, SheetLayout sheet, String column, int max, Problems problems) {
        String text = r.get(column);
        try {
            int n = Integer.parseInt(text);
            if (n < 0 || n > max) {
                problems.at(r.number(), sheet.header(column), "number-range",
                        Map.of("text", text, "min", 0, "max", max));
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            problems.at(r.number(), sheet.header(column), "number-invalid", Map.of("text", text));
            return null;
        }
    }

    /** Members of the branch at any time in the month, by userid. */
    private Map<String, Member> roster(long branchId, YearMonth ym) {
        Map<String, Member> byUserId = new HashMap<>();
        Set<Long> ids = new HashSet<>();
        for (MembershipSpell s : clerks.directory().spellsInBranch(branchId, ym.atDay(1), ym.atEndOfMonth())) {
            if (ids.add(s.memberId())) {
                clerks.directory().member(s.memberId()).ifPresent(m -> byUserId.put(m.userId(), m));
            }
        }
        return byUserId;
    }

    /** Members who already have a live monthly figure for the month in this branch. */
    private Set<Long> alreadyRecorded(long branchId, YearMonth ym) {
        Set<Long> out = new HashSet<>();
        ledger.forEachMemberYear(branchId, ym.getYear(), my -> {
            Set<Long> corrected = new HashSet<>();
            my.facts().forEach(f -> {
                if (f.corrects() != null) {
                    corrected.add(f.corrects());
                }
            });
            boolean any = my.facts().stream().anyMatch(f -> !corrected.contains(f.id())
                    && f.kind() != FactKind.REVERSAL && YearMonth.from(f.occurredOn()).equals(ym)
                    && (f.kind() == FactKind.XUEXI_MISSED_DAYS || f.kind() == FactKind.DAILY_QUESTION_POINTS
                    || f.kind() == FactKind.DUES));
            if (any) {
                out.add(my.memberId());
            }
        });
        return out;
    }

    private static Outcome rejected(Problems problems) {
        return new Outcome("import-rejected", Map.of("problems", problems.list(), "count", problems.count()));
    }
}
