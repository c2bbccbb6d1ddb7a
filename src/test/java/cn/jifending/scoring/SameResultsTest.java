package cn.jifending.scoring;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's speed work must not change one figure or one line: 3,000 random members' years
 * (membership spells that start, end and restart, corrections, reversals of corrections, chains,
 * excused sessions, findings, late dues, featured points over the caps, branch items with their own
 * caps, members with no active month, invalid ledgers) are scored and every result is printed in
 * full ({@code toString} of the whole {@link YearResult}: every month, group, item, quarter, figure
 * with its scale, fact id and explanation line, and every error message). The digest of that text
 * was taken from the engine before the speed work (Dec 2026, issue 17) and must not move.
 */
class SameResultsTest {

    static final int YEAR = 2026;
    static final String[] ATTENDANCE = {"collective_study", "other_study", "branch_congress", "party_lecture",
            "group_meeting", "party_day", "org_life_meeting"};
    static final String[] FEATURED = {"grid_work", "volunteer_service", "branch:pioneer", "branch:writing",
            "branch:unknown"};
    static final List<BranchItem> BRANCH_ITEMS = List.of(
            new BranchItem("branch:pioneer", "b1", YEAR, "排头兵", new BigDecimal("1"), new BigDecimal("2.5"), "admin",
                    LocalDate.of(YEAR, 1, 5)),
            new BranchItem("branch:writing", "b1", YEAR, "信息撰稿", new BigDecimal("0.5"), new BigDecimal("1"), "admin",
                    LocalDate.of(YEAR, 1, 5)));

    /**
     * SHA-256 of every result's text, taken from the engine before the speed work and re-taken when the
     * explanation words of trial defect 1 changed (group not recorded vs. not applicable; 年度评议尚未进行)
     * with {@link #FIGURES_DIGEST} unchanged. It moves only when the wording of {@code score-explain.md} does.
     */
    static final String DIGEST = "395147860890fd773a7025b4dd735300c7d683799cf5e80876a4b23b59683af4";

    /**
     * SHA-256 of every result with its explanation lines blanked (figures, scales, fact ids, structure and
     * error messages only), taken before the explanation words of trial defect 1 were changed: wording may
     * change, figures may not.
     */
    static final String FIGURES_DIGEST = "bef685cc8c0db153b6fa6985cfcd91946a280951dd7c04bf5c04ffd4c526a476";

    @Test
    void everyResultIsTheSameAsBeforeTheSpeedWork() throws Exception {
        ScoreCalculator calculator = ScoreCalculator.of(Scheme.builtIn2021());
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        MessageDigest figures = MessageDigest.getInstance("SHA-256");
        int results = 0;
        int errors = 0;
        for (int n = 0; n < 3_000; n++) {
            MemberFacts member = member(n);
            String text;
            String figuresText;
            try {
                Optional<YearResult> r = calculator.year(member, YEAR, n % 2 == 0 ? BRANCH_ITEMS : List.of());
                text = r.map(SameResultsTest::text).orElse("no active month");
                figuresText = r.map(SameResultsTest::figuresOnly).map(SameResultsTest::text).orElse("no active month");
                results += r.isPresent() ? 1 : 0;
            } catch (IllegalArgumentException e) {
                text = "refused: " + e.getMessage();
                figuresText = text;
                errors++;
            }
            sha.update((n + ":" + text + "\n").getBytes(StandardCharsets.UTF_8));
            figures.update((n + ":" + figuresText + "\n").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(results).isGreaterThan(2_000);
        assertThat(errors).isPositive();
        assertThat(HexFormat.of().formatHex(figures.digest())).as("figures").isEqualTo(FIGURES_DIGEST);
        assertThat(HexFormat.of().formatHex(sha.digest())).as("figures and words").isEqualTo(DIGEST);
    }

    /** The result with every explanation line blanked, so that only its figures and structure remain. */
    static YearResult figuresOnly(YearResult r) {
        List<MonthResult> months = r.months().stream().map(m -> new MonthResult(m.month(), m.groups().stream()
                .map(g -> new GroupResult(g.code(), g.name(), g.max(), g.earned(), g.available(), g.score(),
                        g.items().stream().map(i -> new ItemResult(i.code(), i.name(), i.rule(), i.fullPoints(),
                                i.earned(), i.available(), i.applied(), i.factIds(), "")).toList(), ""))
                .toList(), m.base(), "")).toList();
        List<QuarterResult> quarters = r.quarters().stream().map(q -> new QuarterResult(q.quarter(), q.activeMonths(),
                q.base(), q.featured(), q.total(), q.featuredFactIds(), "")).toList();
        List<FeaturedResult> featured = r.featuredItems().stream().map(f -> new FeaturedResult(f.code(), f.name(),
                f.max(), f.approved(), f.counted(), f.factIds(), "", f.countedByMonth())).toList();
        return new YearResult(r.memberId(), r.name(), r.branchId(), r.year(), r.schemeName(), r.type(),
                r.activeMonths(), months, quarters, r.base(), featured, r.featured(), r.reviewGrade(), r.review(),
                r.composite(), List.of());
    }

    private static final java.util.regex.Pattern MAP = java.util.regex.Pattern.compile("countedByMonth=\\{([^}]*)}");

    /** The whole result as text; the months of {@code countedByMonth} sorted (a map's own order is not fixed). */
    static String text(YearResult r) {
        return MAP.matcher(r.toString()).replaceAll(m -> java.util.regex.Matcher.quoteReplacement("countedByMonth={"
                + String.join(", ", new java.util.TreeSet<>(List.of(m.group(1).split(", ")))) + "}"));
    }

    /** One random member's ledger, deterministic per {@code n}. */
    static MemberFacts member(int n) {
        Random r = new Random(1_700 + n);
        List<Fact> facts = new ArrayList<>();
        int spells = r.nextInt(20) == 0 ? 0 : 1 + (r.nextInt(6) == 0 ? 1 : 0);
        LocalDate start = LocalDate.of(YEAR, 1, 1).plusDays(r.nextInt(10) < 7 ? -r.nextInt(800) : r.nextInt(300));
        for (int s = 0; s < spells; s++) {
            LocalDate end = r.nextInt(3) == 0 ? start.plusDays(20 + r.nextInt(200)) : null;
            facts.add(new Fact("s" + n + "-" + s, FactKind.MEMBERSHIP, null, start, end,
                    r.nextInt(5) == 0 ? "PROBATIONARY" : "FORMAL", null));
            if (end == null) {
                break;
            }
            start = end.plusDays(1 + r.nextInt(60));
        }
        int count = r.nextInt(12) == 0 ? r.nextInt(5) : 60 + r.nextInt(120);
        for (int i = 0; i < count; i++) {
            String id = n + "-" + i;
            LocalDate day = LocalDate.of(YEAR, 1, 1).plusDays(r.nextInt(365));
            LocalDate first = day.withDayOfMonth(1);
            int kind = r.nextInt(100);
            Fact f;
            if (kind < 45) {
                f = Fact.of(id, FactKind.ATTENDANCE, ATTENDANCE[r.nextInt(ATTENDANCE.length)], day,
                        new String[]{"PRESENT", "PRESENT", "PRESENT", "ABSENT", "EXCUSED"}[r.nextInt(5)]);
            } else if (kind < 58) {
                f = Fact.of(id, FactKind.XUEXI_MISSED_DAYS, "xuexi_login", first, "" + r.nextInt(r.nextInt(4) == 0 ? 31 : 6));
            } else if (kind < 71) {
                f = Fact.of(id, FactKind.DAILY_QUESTION_POINTS, "daily_question", first, "" + r.nextInt(40));
            } else if (kind < 80) {
                f = Fact.of(id, FactKind.DUES, "dues", first, r.nextInt(6) == 0 ? "LATE" : "ON_TIME");
            } else if (kind < 83) {
                f = Fact.of(id, FactKind.FINDING, "violation", day, null);
            } else if (kind < 95) {
                String item = FEATURED[r.nextInt(FEATURED.length)];
                if (item.equals("branch:unknown") && r.nextInt(4) != 0) {
                    item = "grid_work";
                }
                f = Fact.of(id, FactKind.FEATURED, item, day,
                        BigDecimal.valueOf(r.nextInt(12), 1).multiply(BigDecimal.valueOf(5)).toPlainString());
            } else if (kind < 97 && !facts.isEmpty()) {
                Fact target = facts.get(r.nextInt(facts.size()));
                f = Fact.reversal(id, target);
            } else if (!facts.isEmpty()) {
                // a re-entered figure: same kind and item, another value, correcting an earlier fact
                Fact target = facts.get(r.nextInt(facts.size()));
                String value = switch (target.kind()) {
                    case ATTENDANCE -> r.nextBoolean() ? "PRESENT" : "ABSENT";
                    case XUEXI_MISSED_DAYS, DAILY_QUESTION_POINTS -> "" + r.nextInt(20);
                    case DUES -> "ON_TIME";
                    case FEATURED -> "1.5";
                    default -> target.value();
                };
                f = new Fact(id, target.kind() == FactKind.REVERSAL ? FactKind.DUES : target.kind(),
                        target.kind() == FactKind.REVERSAL ? "dues" : target.item(), target.occurredOn(),
                        target.endsOn(), target.kind() == FactKind.REVERSAL ? "LATE" : value, target.id());
            } else {
                continue;
            }
            if (facts.stream().anyMatch(g -> f.corrects() != null && f.corrects().equals(g.corrects()))) {
                continue; // one correction per fact, as the ledger's unique key on corrects allows
            }
            facts.add(f);
        }
        if (r.nextInt(10) != 0) {
            facts.add(Fact.of("r" + n, FactKind.REVIEW, "review", LocalDate.of(YEAR, 1, 1),
                    new String[]{"EXCELLENT", "QUALIFIED", "BASIC", "UNQUALIFIED"}[r.nextInt(4)]));
        }
        if (r.nextInt(300) == 0) {
            facts.add(Fact.of("r2-" + n, FactKind.REVIEW, "review", LocalDate.of(YEAR, 1, 1), "BASIC"));
        }
        if (r.nextInt(400) == 0) {
            facts.add(Fact.of("bad" + n, FactKind.ATTENDANCE, "collective_study", LocalDate.of(YEAR, 3, 3), "LATE"));
        }
        java.util.Collections.shuffle(facts, r);
        return new MemberFacts("m" + n, "成员" + n, "b1", facts);
    }
}
