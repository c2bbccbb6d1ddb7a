package cn.jifending.scoring;

import cn.jifending.scoring.internal.LedgerCsv;
import cn.jifending.scoring.internal.LedgerFile;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The auditor's offline recompute: scheme file + ledger export CSV -> one CSV row per member.
 * No server, no database, no Spring. Exit codes: 0 done, 1 bad scheme or ledger data, 2 bad arguments.
 */
public final class RecomputeCommand {

    public static final String NAME = "recompute";
    public static final String HEADER = "member_id,name,base,featured,review,composite,tier,warning";
    static final String USAGE = """
            usage: java -jar jifen.jar recompute --scheme <scheme.yaml> --ledger <ledger.csv> --year <yyyy>
                                                 [--explain <member_id>]
              Recomputes every member's year from a ledger export and prints CSV to stdout:
              %s
              one row per member with a result (active in the year), sorted by member id.
              With --explain, prints that member's year as the bot explains it instead: the composite,
              each quarter, each month, group and item with its rule and the facts it used.
              Exit codes: 0 done, 1 invalid scheme or ledger (problems on stderr), 2 bad arguments."""
            .formatted(HEADER);

    private RecomputeCommand() {
    }

    /** Runs the command and returns the process exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Args a;
        try {
            a = Args.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("recompute: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (a == null) {
            out.println(USAGE);
            return 0;
        }
        Scheme scheme;
        try {
            scheme = Scheme.load(a.scheme);
        } catch (SchemeException e) {
            err.println("recompute: invalid scheme: " + e.getMessage());
            return 1;
        }
        if (!scheme.years().covers(a.year)) {
            err.println("recompute: scheme " + scheme.name() + " (" + a.scheme + ") does not cover year " + a.year);
            return 1;
        }
        LedgerFile.Parsed ledger;
        try (Reader reader = Files.newBufferedReader(a.ledger, StandardCharsets.UTF_8)) {
            ledger = LedgerFile.read(a.ledger.toString(), reader, scheme);
        } catch (IOException e) {
            err.println("recompute: cannot read ledger " + a.ledger + ": " + e.getMessage());
            return 1;
        }
        if (!ledger.problems().isEmpty()) {
            ledger.problems().forEach(p -> err.println("recompute: " + p));
            return 1;
        }
        List<String> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        ScoreCalculator calculator = ScoreCalculator.of(scheme);
        if (a.explain != null) {
            return explain(calculator, ledger, a, out, err);
        }
        List<MemberFacts> members = new ArrayList<>(ledger.members());
        members.sort(Comparator.comparing(MemberFacts::memberId, RecomputeCommand::compareIds));
        for (MemberFacts m : members) {
            try {
                calculator.year(m, a.year, ledger.branchItems())
                        .ifPresent(r -> rows.add(row(scheme, r, previous(calculator, scheme, ledger, m, a.year))));
            } catch (IllegalArgumentException e) {
                problems.add("member " + m.memberId() + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("recompute: " + p));
            return 1;
        }
        out.println(HEADER);
        rows.forEach(out::println);
        return 0;
    }

    /** Last year's result when the ledger holds it and the scheme covers it (two years below the line). */
    private static Optional<YearResult> previous(ScoreCalculator calculator, Scheme scheme, LedgerFile.Parsed ledger,
                                                 MemberFacts m, int year) {
        return scheme.years().covers(year - 1) ? calculator.year(m, year - 1, ledger.branchItems())
                : Optional.empty();
    }

    private static int explain(ScoreCalculator calculator, LedgerFile.Parsed ledger, Args a, PrintStream out,
                               PrintStream err) {
        Optional<MemberFacts> member = ledger.members().stream().filter(m -> m.memberId().equals(a.explain)).findFirst();
        if (member.isEmpty()) {
            err.println("recompute: member " + a.explain + " has no rows in " + a.ledger);
            return 1;
        }
        Optional<YearResult> result;
        try {
            result = calculator.year(member.get(), a.year, ledger.branchItems());
        } catch (IllegalArgumentException e) {
            err.println("recompute: member " + a.explain + ": " + e.getMessage());
            return 1;
        }
        if (result.isEmpty()) {
            err.println("recompute: member " + a.explain + " was not in the branch in " + a.year + ": no result");
            return 1;
        }
        Explanation.print(result.get(), out);
        return 0;
    }

    private static String row(Scheme scheme, YearResult r, Optional<YearResult> previous) {
        Standing s = Standing.assess(scheme, r, previous);
        return LedgerCsv.line(r.memberId(), r.name(), shown(scheme, r.base()), shown(scheme, r.featured()),
                shown(scheme, r.review()), shown(scheme, r.composite()), s.tier(), s.warning().orElse(""));
    }

    private static String shown(Scheme scheme, BigDecimal v) {
        return scheme.round(v).toPlainString();
    }

    /** Numeric ids in numeric order, others as text after them. */
    static int compareIds(String a, String b) {
        boolean na = a.matches("\\d{1,18}");
        boolean nb = b.matches("\\d{1,18}");
        if (na && nb) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        return na != nb ? (na ? -1 : 1) : a.compareTo(b);
    }

    private record Args(Path scheme, Path ledger, int year, String explain) {

        /** Null when help was asked for. */
        static Args parse(String[] args) {
            Path scheme = null;
            Path ledger = null;
            Integer year = null;
            String explain = null;
            for (int i = 0; i < args.length; i++) {
                String flag = args[i];
                if (flag.equals("--help") || flag.equals("-h")) {
                    return null;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value after " + flag);
                }
                String value = args[++i];
                switch (flag) {
                    case "--scheme" -> scheme = existing(value, flag);
                    case "--ledger" -> ledger = existing(value, flag);
                    case "--year" -> year = year(value);
                    case "--explain" -> explain = value;
                    default -> throw new IllegalArgumentException("unknown option " + flag);
                }
            }
            if (scheme == null || ledger == null || year == null) {
                throw new IllegalArgumentException("--scheme, --ledger and --year are all required");
            }
            return new Args(scheme, ledger, year, explain);
        }

        private static Path existing(String value, String flag) {
            Path p = Path.of(value);
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException(flag + ": no such file " + value);
            }
            return p;
        }

        private static int year(String value) {
            if (!value.matches("\\d{4}")) {
                throw new IllegalArgumentException("--year must be a four-digit year, not '" + value + "'");
            }
            return Integer.parseInt(value);
        }
    }
}
