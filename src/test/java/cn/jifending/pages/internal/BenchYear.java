package cn.jifending.pages.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A realistic year of one member's facts for the page benchmarks and tests (~150, deterministic per member and
 * year), written straight into {@code ledger_fact} in one multi-row insert: sign-ins of six kinds of
 * sessions a month and the quarter's 支部大会, the 学习强国 and 每日一题 figures, dues now and then late,
 * featured items, a review grade, a finding here and there.
 */
final class BenchYear {

    static final String[] SESSIONS = {"collective_study", "collective_study", "other_study", "group_meeting",
            "party_day", "party_lecture"};

    private BenchYear() {
    }

    /** Writes member {@code n}'s year of facts in the branch; returns how many. */
    static int write(JdbcTemplate jdbc, int year, int n, long branchId, long memberId) {
        return insert(jdbc, year(year, n, branchId, memberId));
    }

    /**
     * A year far below 60: 学习强国 missed for 20 days and 每日一题 at 5 points every month, absent from every
     * session, dues late, a finding, graded 不合格, nothing featured.
     */
    static int writePoor(JdbcTemplate jdbc, int year, long branchId, long memberId) {
        List<Object[]> rows = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            LocalDate first = LocalDate.of(year, month, 1);
            rows.add(fact("XUEXI_MISSED_DAYS", branchId, memberId, "xuexi_login", first, "20"));
            rows.add(fact("DAILY_QUESTION_POINTS", branchId, memberId, "daily_question", first, "5"));
            rows.add(fact("DUES", branchId, memberId, "dues", first, "LATE"));
            for (String item : SESSIONS) {
                rows.add(fact("ATTENDANCE", branchId, memberId, item, first.plusDays(2), "ABSENT"));
            }
        }
        rows.add(fact("FINDING", branchId, memberId, "violation", LocalDate.of(year, 3, 4), null));
        rows.add(fact("REVIEW", branchId, memberId, "review", LocalDate.of(year, 1, 1), "UNQUALIFIED"));
        return insert(jdbc, rows);
    }

    private static List<Object[]> year(int year, int n, long branchId, long memberId) {
        List<Object[]> rows = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            Random r = new Random(n * 31L + month + 1_000L * (year - 2026));
            LocalDate first = LocalDate.of(year, month, 1);
            rows.add(fact("XUEXI_MISSED_DAYS", branchId, memberId, "xuexi_login", first, "" + r.nextInt(6)));
            rows.add(fact("DAILY_QUESTION_POINTS", branchId, memberId, "daily_question", first, "" + (8 + r.nextInt(12))));
            rows.add(fact("DUES", branchId, memberId, "dues", first, r.nextInt(40) == 0 ? "LATE" : "ON_TIME"));
            for (String item : SESSIONS) {
                rows.add(fact("ATTENDANCE", branchId, memberId, item, first.plusDays(r.nextInt(25)),
                        r.nextInt(8) == 0 ? "ABSENT" : r.nextInt(20) == 0 ? "EXCUSED" : "PRESENT"));
            }
            if (month % 3 == 0) {
                rows.add(fact("ATTENDANCE", branchId, memberId, "branch_congress", first.plusDays(9),
                        r.nextInt(8) == 0 ? "ABSENT" : "PRESENT"));
            }
            if (r.nextInt(200) == 0) {
                rows.add(fact("FINDING", branchId, memberId, "violation", first.plusDays(3), null));
            }
            if (month % 3 == 0 || month == 4 || month == 8) {
                rows.add(fact("FEATURED", branchId, memberId, "volunteer_service", first.plusDays(4), "1"));
            }
            if (month == 1) {
                rows.add(fact("REVIEW", branchId, memberId, "review", first,
                        new String[] {"EXCELLENT", "QUALIFIED", "QUALIFIED", "BASIC"}[r.nextInt(4)]));
            }
        }
        return rows;
    }

    private static int insert(JdbcTemplate jdbc, List<Object[]> rows) {
        StringBuilder sql = new StringBuilder("""
                INSERT INTO ledger_fact (kind, branch_id, member_id, item, occurred_on, fact_value, recorded_by,
                  recorded_at, source_type, source_ref, dedupe_key) VALUES """);
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ",").append("(?, ?, ?, ?, ?, ?, 'bench-recorder', ?, 'IMPORT_FILE', 'bench', ?)");
            args.addAll(Arrays.asList(rows.get(i)));
        }
        jdbc.update(sql.toString(), args.toArray());
        return rows.size();
    }

    private static Object[] fact(String kind, long branchId, long memberId, String item, LocalDate on, String value) {
        return new Object[] {kind, branchId, memberId, item, on, value, on.atTime(20, 0),
                UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "")};
    }
}
