package cn.jifending.scoring.internal;

import cn.jifending.scoring.BranchItem;
import cn.jifending.scoring.Fact;
import cn.jifending.scoring.FactKind;
import cn.jifending.scoring.MemberFacts;
import cn.jifending.scoring.Scheme;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ledger export CSV (src/docs/recompute.md) read into members and their facts. Every problem is collected
 * with the row, the line and the column, so an auditor sees them all at once.
 */
public final class LedgerFile {

    public static final List<String> COLUMNS = List.of("fact_id", "kind", "branch_id", "member_id", "member_name",
            "item", "occurred_on", "ends_on", "value", "corrects", "recorded_by", "recorded_at", "source", "reason");

    /** The monthly figures: one per member and month, dated the 1st. */
    public static final Set<FactKind> MONTHLY = Set.of(FactKind.XUEXI_MISSED_DAYS, FactKind.DAILY_QUESTION_POINTS,
            FactKind.DUES);

    /** The kind of the rows that carry a branch item's definition (not a fact). */
    public static final String BRANCH_ITEM = "BRANCH_ITEM";
    private static final java.util.regex.Pattern ITEM_NUMBERS =
            java.util.regex.Pattern.compile("(\\d{1,4}(?:\\.\\d{1,2})?)/(\\d{1,4}(?:\\.\\d{1,2})?)");

    /**
     * The members in file order, the branch items defined in the file, and the problems found
     * (empty when the file is usable).
     */
    public record Parsed(List<MemberFacts> members, List<BranchItem> branchItems, List<String> problems) {
    }

    private final String source;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> rowOfFact = new LinkedHashMap<>();
    private final Map<String, String> rowOfItem = new HashMap<>();
    private final List<BranchItem> branchItems = new ArrayList<>();

    private LedgerFile(String source) {
        this.source = source;
    }

    /**
     * Reads and checks the file; rows of years the scheme covers are checked against it too.
     */
    public static Parsed read(String source, Reader reader, Scheme scheme) throws IOException {
        return new LedgerFile(source).parse(reader, scheme);
    }

    private Parsed parse(Reader reader, Scheme scheme) throws IOException {
        List<LedgerCsv.Record> records;
        try {
            records = LedgerCsv.readAll(reader);
        } catch (LedgerCsv.CsvException e) {
            return failed(source + ": " + e.getMessage());
        }
        if (records.isEmpty()) {
            return failed(source + ": the file is empty; a ledger export starts with the header "
                    + String.join(",", COLUMNS));
        }
        Optional<String> header = headerProblem(records.get(0).fields());
        if (header.isPresent()) {
            return failed(source + " line 1: " + header.get() + "; the header must be exactly "
                    + String.join(",", COLUMNS));
        }
        if (records.stream().skip(1).allMatch(r -> r.fields().size() == 1 && r.fields().get(0).isBlank())) {
            return failed(source + ": the file has the header but no rows: nothing to recompute");
        }
        Map<String, Member> members = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (int i = 1; i < records.size(); i++) {
            LedgerCsv.Record r = records.get(i);
            if (r.fields().size() == 1 && r.fields().get(0).isBlank()) {
                continue;
            }
            Row row = new Row(i, r);
            if (r.fields().size() != COLUMNS.size()) {
                row.problem(null, "has " + r.fields().size() + " columns, expected " + COLUMNS.size());
                continue;
            }
            if (BRANCH_ITEM.equals(row.get("kind"))) {
                row.toBranchItem().ifPresent(b -> {
                    if (rowOfItem.putIfAbsent(b.ledgerItem(), row.label()) != null) {
                        row.problem("item", "branch item " + b.ledgerItem() + " is defined more than once");
                    } else {
                        branchItems.add(b);
                    }
                });
                continue;
            }
            Optional<Fact> fact = row.toFact(scheme);
            if (fact.isEmpty()) {
                continue;
            }
            if (!ids.add(fact.get().id())) {
                row.problem("fact_id", "fact id " + fact.get().id() + " appears more than once");
                continue;
            }
            rowOfFact.put(fact.get().id(), row.label());
            String memberId = row.get("member_id");
            Member m = members.computeIfAbsent(memberId, k -> new Member());
            if (!row.get("member_name").isBlank()) {
                m.name = row.get("member_name");
            }
            if (!row.get("branch_id").isBlank()) {
                m.branch = row.get("branch_id");
            }
            m.facts.add(fact.get());
        }
        List<MemberFacts> out = new ArrayList<>();
        members.forEach((id, m) -> out.add(new MemberFacts(id, m.name, m.branch, m.facts)));
        if (problems.isEmpty()) {
            problems.addAll(new LedgerChecks(scheme, rowOfFact, rowOfItem).check(out, branchItems));
        }
        return new Parsed(out, List.copyOf(branchItems), List.copyOf(problems));
    }

    private static Parsed failed(String problem) {
        return new Parsed(List.of(), List.of(), List.of(problem));
    }

    /** The first missing, misplaced or unexpected column of the header, if any. */
    static Optional<String> headerProblem(List<String> header) {
        List<String> h = header.stream().map(String::trim).toList();
        for (int i = 0; i < COLUMNS.size(); i++) {
            String expected = COLUMNS.get(i);
            if (i < h.size() && h.get(i).equals(expected)) {
                continue;
            }
            int at = h.indexOf(expected);
            return Optional.of(at < 0 ? "column " + expected + " is missing (expected as column " + (i + 1) + ")"
                    : "column " + expected + " is column " + (at + 1) + ", expected as column " + (i + 1));
        }
        return h.size() > COLUMNS.size()
                ? Optional.of("column " + h.get(COLUMNS.size()) + " is not a column of the ledger export")
                : Optional.empty();
    }

    private static final class Member {
        String name = "";
        String branch = "";
        final List<Fact> facts = new ArrayList<>();
    }

    private final class Row {
        private final int number;
        private final LedgerCsv.Record record;
        private boolean ok = true;

        Row(int number, LedgerCsv.Record record) {
            this.number = number;
            this.record = record;
        }

        String get(String column) {
            return record.fields().get(COLUMNS.indexOf(column)).trim();
        }

        String label() {
            return source + " row " + number + " (line " + record.line() + ")";
        }

        void problem(String column, String message) {
            ok = false;
            problems.add(label() + (column == null ? "" : ", column " + column) + ": " + message);
        }

        /** A BRANCH_ITEM row: item branch:<code>, value points/cap, occurred_on approved on, reason its name. */
        Optional<BranchItem> toBranchItem() {
            String item = required("item");
            String branch = required("branch_id");
            LocalDate approvedOn = date("occurred_on", true);
            String approver = required("recorded_by");
            if (item != null && (!item.startsWith("branch:") || item.length() == "branch:".length())) {
                problem("item", "'" + item + "' is not a branch item code branch:<code>");
            }
            java.util.regex.Matcher numbers = ITEM_NUMBERS.matcher(get("value"));
            BigDecimal points = null;
            BigDecimal cap = null;
            if (!numbers.matches()) {
                problem("value", "'" + get("value") + "' is not <points per occurrence>/<yearly cap>, e.g. 2/6");
            } else {
                points = new BigDecimal(numbers.group(1));
                cap = new BigDecimal(numbers.group(2));
                if (points.signum() <= 0 || cap.signum() <= 0 || points.compareTo(cap) > 0) {
                    problem("value", "points " + points.toPlainString() + " and cap " + cap.toPlainString()
                            + " must be above 0, points not above the cap");
                }
            }
            if (!ok) {
                return Optional.empty();
            }
            return Optional.of(new BranchItem(item, branch, approvedOn.getYear(), get("reason"), points, cap,
                    approver, approvedOn));
        }

        Optional<Fact> toFact(Scheme scheme) {
            String id = required("fact_id");
            required("member_id");
            FactKind kind = null;
            String k = required("kind");
            if (k != null) {
                try {
                    kind = FactKind.valueOf(k);
                } catch (IllegalArgumentException e) {
                    problem("kind", "'" + k + "' is not a fact kind");
                }
            }
            LocalDate occurred = date("occurred_on", true);
            LocalDate ends = date("ends_on", false);
            if (!ok) {
                return Optional.empty();
            }
            Fact f = new Fact(id, kind, blankToNull(get("item")), occurred, ends, blankToNull(get("value")),
                    blankToNull(get("corrects")));
            if (scheme.years().covers(occurred.getYear()) || kind == FactKind.MEMBERSHIP || kind == FactKind.REVERSAL) {
                FactCheck.check(f, scheme).ifPresent(p -> problem(p.column(), p.message()));
            }
            if (ok && MONTHLY.contains(kind)) {
                monthly(f);
            }
            return ok ? Optional.of(f) : Optional.empty();
        }

        /** Monthly figures are dated the 1st; missed days fit in the month. */
        private void monthly(Fact f) {
            if (f.occurredOn().getDayOfMonth() != 1) {
                problem("occurred_on", kindName(f) + " figures are dated the 1st of their month, not " + f.occurredOn());
            } else if (f.kind() == FactKind.XUEXI_MISSED_DAYS
                    && Integer.parseInt(f.value()) > f.occurredOn().lengthOfMonth()) {
                problem("value", f.value() + " days missed is more than the " + f.occurredOn().lengthOfMonth()
                        + " days of " + java.time.YearMonth.from(f.occurredOn()));
            }
        }

        private static String kindName(Fact f) {
            return f.kind().name();
        }

        private String required(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                problem(column, "is blank");
                return null;
            }
            return v;
        }

        private LocalDate date(String column, boolean required) {
            String v = get(column);
            if (v.isEmpty()) {
                if (required) {
                    problem(column, "is blank");
                }
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                problem(column, "'" + v + "' is not a date yyyy-MM-dd");
                return null;
            }
        }

        private static String blankToNull(String s) {
            return s.isEmpty() ? null : s;
        }
    }
}
