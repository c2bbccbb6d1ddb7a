package cn.jifending.ledger;

import cn.jifending.audit.Source;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.organization.Branch;
import cn.jifending.organization.Member;
import cn.jifending.organization.OrgFixture;
import cn.jifending.organization.Organization;
import cn.jifending.scoring.FactKind;
import cn.jifending.scoring.RecomputeCommand;
import cn.jifending.scoring.Scheme;
import cn.jifending.scoring.Standing;
import cn.jifending.scoring.YearResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13's property: the export of a generated branch-year, recomputed offline, equals the server's
 * results for every member. Each seed generates a different branch-year (joins and leaves mid-year,
 * probationary members, meetings held twice, events before joining, unrecorded months, corrections,
 * reversals, branch items up to their own caps, reviews).
 */
class ExportRecomputeTests extends MariaDbTestBase {

    private static final int YEAR = 2026;
    private static final String[] MEETINGS = {"collective_study", "other_study", "branch_congress", "party_lecture",
            "group_meeting", "party_day", "org_life_meeting"};
    private static final String[] STATUS = {"PRESENT", "PRESENT", "PRESENT", "ABSENT", "EXCUSED"};
    private static final String[] GRADES = {"EXCELLENT", "QUALIFIED", "BASIC", "UNQUALIFIED"};

    @Autowired
    Ledger ledger;
    @Autowired
    LedgerExport export;
    @Autowired
    Scores scores;
    @Autowired
    Organization organization;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void theOfflineRecomputeOfTheExportEqualsTheServer(long seed) throws Exception {
        Random random = new Random(seed);
        OrgFixture fixture = new OrgFixture(organization);
        Branch branch = fixture.branch();
        List<String> ownItems = branchItems(branch.id(), random);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            LocalDate since = random.nextBoolean() ? LocalDate.of(2024, 3, 1)
                    : LocalDate.of(YEAR, 1 + random.nextInt(12), 1 + random.nextInt(28));
            Member m = random.nextInt(4) == 0 ? fixture.probationary(branch, since) : fixture.member(branch, since);
            if (random.nextInt(5) == 0) {
                organization.leaveBranch(m.id(), since.plusDays(20 + random.nextInt(150)), OrgFixture.ADMIN);
            }
            members.add(m);
            generate(branch.id(), m.id(), ownItems, random);
        }

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        export.writeCsv(branch.id(), YEAR, csv);
        Path file = dir.resolve("ledger-" + seed + ".csv");
        Files.write(file, csv.toByteArray());
        Path scheme = dir.resolve("scheme.yaml");
        try (var in = getClass().getClassLoader().getResourceAsStream(Scheme.BUILT_IN_2021)) {
            Files.write(scheme, in.readAllBytes());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RecomputeCommand.run(new String[] {"--scheme", scheme.toString(), "--ledger", file.toString(),
                "--year", String.valueOf(YEAR)}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(code).isZero();
        List<String> server = new ArrayList<>();
        server.add(RecomputeCommand.HEADER);
        Scheme s = scores.schemeFor(YEAR);
        scores.forEachYear(branch.id(), YEAR, r -> server.add(row(s, r)));
        assertThat(server).hasSizeGreaterThan(1);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsExactlyElementsOf(server);
    }

    private List<String> branchItems(long branchId, Random random) {
        List<String> codes = new ArrayList<>();
        BigDecimal[][] defs = {{new BigDecimal("2"), new BigDecimal("4")}, {new BigDecimal("1.5"), new BigDecimal("6")}};
        for (BigDecimal[] d : defs) {
            jdbc.sql("""
                    INSERT INTO branch_item (branch_id, item_year, name, points, cap, evidence_required, status,
                                             proposed_by, proposed_at, decided_by, decided_at, out_track_id)
                    VALUES (:b, :y, :n, :p, :c, FALSE, 'APPROVED', 'sec', :at, 'admin', :at, :t)""")
                    .param("b", branchId).param("y", YEAR).param("n", "项目" + codes.size()).param("p", d[0])
                    .param("c", d[1]).param("at", LocalDateTime.of(YEAR, 1, 15, 10, 0))
                    .param("t", "t-" + UUID.randomUUID()).update();
            codes.add("branch:" + jdbc.sql("SELECT MAX(id) FROM branch_item").query(Long.class).single());
        }
        return codes;
    }

    private void generate(long branchId, long memberId, List<String> ownItems, Random random) {
        for (int month = 1; month <= 12; month++) {
            LocalDate first = LocalDate.of(YEAR, month, 1);
            if (random.nextInt(6) != 0) {
                Fact x = record(FactKind.XUEXI_MISSED_DAYS, branchId, memberId, null, first,
                        String.valueOf(random.nextInt(first.lengthOfMonth() + 1)));
                if (x != null && random.nextInt(8) == 0) {
                    ledger.correct(x.id(), Correction.replacement(null, first, String.valueOf(random.nextInt(5)),
                            "更正", source(), "rec"));
                }
            }
            if (random.nextInt(6) != 0) {
                record(FactKind.DAILY_QUESTION_POINTS, branchId, memberId, null, first, String.valueOf(random.nextInt(25)));
            }
            if (random.nextInt(6) != 0) {
                Fact d = record(FactKind.DUES, branchId, memberId, null, first, random.nextInt(10) == 0 ? "LATE" : "ON_TIME");
                if (d != null && random.nextInt(10) == 0) {
                    ledger.correct(d.id(), Correction.reversal("录入错误", source(), "rec"));
                }
            }
            int sessions = random.nextInt(5);
            for (int i = 0; i < sessions; i++) {
                record(FactKind.ATTENDANCE, branchId, memberId, MEETINGS[random.nextInt(MEETINGS.length)],
                        first.plusDays(random.nextInt(first.lengthOfMonth())), STATUS[random.nextInt(STATUS.length)]);
            }
            if (random.nextInt(30) == 0) {
                record(FactKind.FINDING, branchId, memberId, null, first.plusDays(random.nextInt(27)), null);
            }
        }
        String[] featured = {"grid_work", "volunteer_service", ownItems.get(0), ownItems.get(1)};
        BigDecimal[] room = {null, null, new BigDecimal("4"), new BigDecimal("6")};
        for (int i = random.nextInt(6); i > 0; i--) {
            int k = random.nextInt(featured.length);
            BigDecimal points = new BigDecimal(1 + random.nextInt(3));
            if (room[k] != null) {
                points = points.min(room[k]);
                if (points.signum() == 0) {
                    continue;
                }
                room[k] = room[k].subtract(points);
            }
            record(FactKind.FEATURED, branchId, memberId, featured[k],
                    LocalDate.of(YEAR, 1, 1).plusDays(random.nextInt(365)), points.toPlainString());
        }
        if (random.nextInt(4) != 0) {
            Fact r = record(FactKind.REVIEW, branchId, memberId, null, LocalDate.of(YEAR, 1, 1),
                    GRADES[random.nextInt(GRADES.length)]);
            if (r != null && random.nextInt(4) == 0) {
                ledger.correct(r.id(), Correction.replacement(null, LocalDate.of(YEAR, 1, 1), "QUALIFIED", "复核", source(),
                        "sec"));
            }
        }
    }

    /** Records the fact, or returns null when the ledger refuses it (a day the member was not in the branch). */
    private Fact record(FactKind kind, long branchId, long memberId, String item, LocalDate on, String value) {
        try {
            return ledger.record(NewFact.of(kind, branchId, memberId, item, on, value, source(), "rec"));
        } catch (LedgerException outsideMembership) {
            return null;
        }
    }

    private static Source source() {
        return Source.chat("gen-" + UUID.randomUUID());
    }

    private static String row(Scheme scheme, YearResult r) {
        Standing s = Standing.assess(scheme, r, Optional.empty());
        return String.join(",", r.memberId(), r.name(), shown(scheme, r.base()), shown(scheme, r.featured()),
                shown(scheme, r.review()), shown(scheme, r.composite()), s.tier(), s.warning().orElse(""));
    }

    private static String shown(Scheme scheme, BigDecimal v) {
        return scheme.round(v).toPlainString();
    }
}
