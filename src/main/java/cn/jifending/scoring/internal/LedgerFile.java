package cn.jifending.scoring.internal;

import cn.jifending.scoring.Fact;
import cn.jifending.scoring.FactKind;
import cn.jifending.scoring.MemberFacts;
import cn.jifending.scoring.Scheme;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ledger export CSV (CONTRACTS.md) read into members and their facts. Every problem is collected
 * with the row, the line and the column, so an auditor sees them all at once.
 */
public final class LedgerFile {

    public static final List<String> COLUMNS = List.of("fact_id", "kind", "branch_id", "member_id", "member_name",
            "item", "occurred_on", "ends_on", "value", "corrects", "recorded_by", "recorded_at", "source", "reason");

    /** The members in file order, and the problems found (empty when the file is usable). */
    public record Parsed(List<MemberFacts> members, List<String> problems) {
    }

    private final String source;
    private final List<String> problems = new ArrayList<>();

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
        List<CsvReader.Record> records;
        try {
            records = new CsvReader(reader).readAll();
        } catch (CsvReader.CsvException e) {
            return new Parsed(List.of(), List.of(source + ": " + e.getMessage()));
        }
        if (records.isEmpty() || !records.get(0).fields().equals(COLUMNS)) {
            return new Parsed(List.of(), List.of(source + " line 1: the header must be exactly "
                    + String.join(",", COLUMNS)));
        }
        Map<String, Member> members = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (int i = 1; i < records.size(); i++) {
            CsvReader.Record r = records.get(i);
            if (r.fields().size() == 1 && r.fields().get(0).isBlank()) {
                continue;
            }
            Row row = new Row(i, r);
            if (r.fields().size() != COLUMNS.size()) {
                row.problem(null, "has " + r.fields().size() + " columns, expected " + COLUMNS.size());
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
        return new Parsed(out, List.copyOf(problems));
    }

    private static final class Member {
        String name = "";
        String branch = "";
        final List<Fact> facts = new ArrayList<>();
    }

    private final class Row {
        private final int number;
        private final CsvReader.Record record;
        private boolean ok = true;

        Row(int number, CsvReader.Record record) {
            this.number = number;
            this.record = record;
        }

        String get(String column) {
            return record.fields().get(COLUMNS.indexOf(column)).trim();
        }

        void problem(String column, String message) {
            ok = false;
            problems.add(source + " row " + number + " (line " + record.line() + ")"
                    + (column == null ? "" : ", column " + column) + ": " + message);
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
            return ok ? Optional.of(f) : Optional.empty();
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
