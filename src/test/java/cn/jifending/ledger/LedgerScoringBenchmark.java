package cn.jifending.ledger;

import cn.jifending.MariaDbTestBase;
import cn.jifending.TestDatabase;
import cn.jifending.scoring.YearResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Database scoring load driver (issue 3; not a timed test, excluded from {@code verify} by its name).
 * Generates a synthetic year for {@code bench.members} members (~150 facts each) in {@code bench.branches}
 * branches straight into {@code ledger_fact} with {@code LOAD DATA LOCAL INFILE}, in recording order
 * (month by month, so one member's facts are scattered over the table as in production), then times
 * (a) one bare SQL {@code GROUP BY member_id, kind} pass over the year's facts and (b) every member's
 * annual result through the production path, branch by branch ({@code bench.productionRuns} times, default 2:
 * the first with a cold JIT; the ratio uses the faster run, as for (a)), and prints both, the ratio and the heap.
 * {@code -Dbench.rawScans=true} also times (c) the branch scans by date alone, all columns vs the scoring columns.
 *
 * <pre>./mvnw -B -Pbenchmark test -Dtest=LedgerScoringBenchmark -Dbench.members=100000</pre>
 */
class LedgerScoringBenchmark extends MariaDbTestBase {

    static final int YEAR = 2026;
    static final long FIRST_MEMBER = 1_000_000;
    static final long FIRST_BRANCH = 100_000;
    static final String[] SESSIONS = {"collective_study", "collective_study", "other_study", "group_meeting",
            "party_day", "party_lecture"};

    @Autowired
    Scores scores;

    @Test
    void scoreSyntheticYearOnTheDatabase() throws Exception {
        int members = Integer.getInteger("bench.members", 100_000);
        int branches = Integer.getInteger("bench.branches", 100);
        String url = TestDatabase.get().url() + "&allowLoadLocalInfile=true";
        try (Connection c = DriverManager.getConnection(url, TestDatabase.get().user(), TestDatabase.get().password())) {
            tune(c);
            long t0 = System.nanoTime();
            long facts = generate(c, members, branches);
            System.out.printf("bench: generated %,d members, %,d facts in %d branches in %.1f s%n", members, facts,
                    branches, (System.nanoTime() - t0) / 1e9);

            explain(c);
            HeapSampler heap = new HeapSampler();
            double[] groupBy = new double[2];
            Cpu[] groupByCpu = new Cpu[2];
            long groups = 0;
            for (int run = 0; run < 2; run++) {
                Cpu cpu = Cpu.now();
                long s = System.nanoTime();
                groups = groupBy(c);
                groupBy[run] = (System.nanoTime() - s) / 1e9;
                groupByCpu[run] = Cpu.now().minus(cpu);
            }
            for (String columns : Boolean.getBoolean("bench.rawScans") ? new String[] {ALL_COLUMNS, SCORING_COLUMNS}
                    : new String[0]) {
                long rs = System.nanoTime();
                long rows = 0;
                for (long b = FIRST_BRANCH; b < FIRST_BRANCH + branches; b++) {
                    rows += rawScan(c, b, columns);
                }
                System.out.printf("bench: (c) the branch scans alone, %d columns read raw by JDBC: %,d rows in %.2f s%n",
                        columns.split(",").length, rows, (System.nanoTime() - rs) / 1e9);
            }
            long heapBefore = heap.usedAfterGc();
            int runs = Integer.getInteger("bench.productionRuns", 2);
            Production[] production = new Production[runs];
            for (int run = 0; run < runs; run++) {
                production[run] = production(branches, facts, heap);
            }
            long heapAfter = heap.usedAfterGc();
            double bestGroupBy = Math.min(groupBy[0], groupBy[1]);
            Cpu bestCpu = groupBy[0] <= groupBy[1] ? groupByCpu[0] : groupByCpu[1];
            System.out.printf("bench: (a) GROUP BY member_id, kind over %,d facts -> %,d groups: %.2f s (cold-ish), "
                    + "%.2f s (second run)%n", facts, groups, groupBy[0], groupBy[1]);
            Production best = production[0];
            for (int run = 0; run < runs; run++) {
                Production p = production[run];
                best = p.seconds < best.seconds ? p : best;
                System.out.printf("bench: (b) production streaming path, run %d%s, %d branches: %,d annual results in "
                        + "%.2f s (%.0f members/s, %.0f facts/s), mean composite %.2f; ratio (b)/(a) = %.2f; CPU "
                        + "database %.2f s, JVM %.2f s (JVM includes GC and JIT: %.2f s compiling); CPU ratio %.2f; "
                        + "load average before %s, after %s; %s to %s%n", run + 1, run == 0 ? " (cold JIT)" : "", branches,
                        p.results, p.seconds, p.results / p.seconds, facts / p.seconds,
                        p.sumComposite / 100.0 / Math.max(1, p.results), p.seconds / bestGroupBy, p.cpu.database(),
                        p.cpu.jvm(), p.compiling, p.cpu.total() / bestCpu.total(), p.loadBefore, p.loadAfter, p.from, p.to);
            }
            System.out.printf("bench: ratio (b)/(a) = %.2f (the faster production run against the faster GROUP BY "
                    + "run)%n", best.seconds / bestGroupBy);
            System.out.printf("bench: CPU (a) faster run: database %.2f s, JVM %.2f s; (b) faster run: database %.2f s, "
                    + "JVM %.2f s (JVM includes GC and JIT); CPU ratio (b)/(a) = %.2f%n", bestCpu.database(),
                    bestCpu.jvm(), best.cpu.database(), best.cpu.jvm(), best.cpu.total() / bestCpu.total());
            System.out.printf("bench: load average (1/5/15 min) before (b) %s, after (b) %s%n", production[0].loadBefore,
                    production[runs - 1].loadAfter);
            System.out.printf("bench: heap used before (b) %d MB, after (b) %d MB (after GC), max sampled during (b) "
                    + "%d MB, -Xmx %d MB%n", heapBefore >> 20, heapAfter >> 20, heap.max >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);

            memberAndBranchLatencies(members, branches);
        }
    }

    /** One production pass (b): every branch's year through {@link Scores#forEachYear}. */
    private Production production(int branches, long facts, HeapSampler heap) {
        AtomicLong results = new AtomicLong();
        AtomicLong sumComposite = new AtomicLong();
        String loadBefore = Cpu.load();
        double compilingBefore = compilingSeconds();
        Cpu cpuBefore = Cpu.now();
        java.time.LocalTime from = java.time.LocalTime.now();
        long s = System.nanoTime();
        for (long b = FIRST_BRANCH; b < FIRST_BRANCH + branches; b++) {
            scores.forEachYear(b, YEAR, r -> {
                sumComposite.addAndGet(r.composite().movePointRight(2).longValue());
                if (results.incrementAndGet() % 2_000 == 0) {
                    heap.sample();
                }
            });
        }
        double seconds = (System.nanoTime() - s) / 1e9;
        return new Production(seconds, Cpu.now().minus(cpuBefore), compilingSeconds() - compilingBefore,
                results.get(), sumComposite.get(), loadBefore, Cpu.load(), from, java.time.LocalTime.now());
    }

    /** {@code from}/{@code to}: wall-clock times, to find the run in a flight recording. */
    record Production(double seconds, Cpu cpu, double compiling, long results, long sumComposite, String loadBefore,
                      String loadAfter, java.time.LocalTime from, java.time.LocalTime to) {
    }

    /** Total JIT compilation time so far (all compiler threads), in seconds. */
    private static double compilingSeconds() {
        var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() / 1e3
                : Double.NaN;
    }

    /**
     * (d) one member's year as 我的积分 reads it ({@link Scores#yearOf}: the member's facts and spells from the
     * database, then the calculator), 1,000 calls over random members; (e) one branch's quarter as the
     * evaluation card and the pages use it (the branch's year streamed, each member's quarter taken), 50 calls.
     */
    private void memberAndBranchLatencies(int members, int branches) {
        java.util.Random random = new java.util.Random(17);
        for (int warm = 0; warm < 200; warm++) {
            scores.yearOf(FIRST_MEMBER + random.nextInt(members), YEAR);
        }
        long[] mine = new long[1_000];
        for (int i = 0; i < mine.length; i++) {
            long memberId = FIRST_MEMBER + random.nextInt(members);
            long t = System.nanoTime();
            scores.yearOf(memberId, YEAR).orElseThrow();
            mine[i] = System.nanoTime() - t;
        }
        System.out.printf("bench: (d) 我的积分 (Scores.yearOf on the database), 1,000 calls: p50 %.1f ms, p99 %.1f ms, "
                + "max %.1f ms%n", percentile(mine, 50), percentile(mine, 99), percentile(mine, 100));

        int perBranch = members / branches;
        long[] quarter = new long[50];
        AtomicLong inQuarter = new AtomicLong();
        for (int i = -10; i < quarter.length; i++) {
            long branch = FIRST_BRANCH + random.nextInt(branches);
            inQuarter.set(0);
            long t = System.nanoTime();
            scores.forEachYear(branch, YEAR, r -> r.quarters().stream().filter(q -> q.quarter() == 3).findFirst()
                    .ifPresent(q -> inQuarter.incrementAndGet()));
            if (i >= 0) {
                quarter[i] = System.nanoTime() - t;
            }
        }
        System.out.printf("bench: (e) one branch's Q3 (~%d members, Scores.forEachYear), 50 calls: p50 %.1f ms, "
                + "p99 %.1f ms%n", perBranch, percentile(quarter, 50), percentile(quarter, 99));
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** A bigger buffer pool and a relaxed log flush while loading; durability back to 1 before measuring. */
    private static void tune(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET GLOBAL innodb_buffer_pool_size = " + Long.getLong("bench.bufferPool", 4L << 30));
            s.execute("SET GLOBAL innodb_flush_log_at_trx_commit = 2");
            s.execute("SET SESSION unique_checks = 0");
            s.execute("SET SESSION foreign_key_checks = 0");
            ResultSet rs = s.executeQuery("SELECT VERSION(), @@innodb_buffer_pool_size");
            rs.next();
            System.out.printf("bench: server %s, innodb_buffer_pool_size %d MB%n", rs.getString(1), rs.getLong(2) >> 20);
        }
    }

    private static long generate(Connection c, int members, int branches) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO org_committee (id, name, created_at) VALUES (" + FIRST_BRANCH
                    + ", '压测机关党委', NOW())");
            StringBuilder sql = new StringBuilder("INSERT INTO org_branch (id, committee_id, name, created_at) VALUES ");
            for (int b = 0; b < branches; b++) {
                sql.append(b == 0 ? "" : ",").append("(").append(FIRST_BRANCH + b).append(',').append(FIRST_BRANCH)
                        .append(",'压测支部").append(b).append("',NOW())");
            }
            s.execute(sql.toString());
            StringBuilder m = new StringBuilder();
            StringBuilder sp = new StringBuilder();
            for (int n = 0; n < members; n++) {
                Random r = new Random(n);
                boolean probationary = r.nextInt(10) == 0;
                int startMonth = r.nextInt(10) == 0 ? 1 + r.nextInt(12) : 1;
                long id = FIRST_MEMBER + n;
                m.append(m.isEmpty() ? "" : ",").append("(").append(id).append(",'bench-").append(n)
                        .append("','成员").append(n).append("',").append(probationary).append(",'")
                        .append(YEAR).append('-').append(two(startMonth)).append("-01',NULL,NOW())");
                sp.append(sp.isEmpty() ? "" : ",").append("(").append(id).append(',').append(id).append(',')
                        .append(branchOf(n, members, branches)).append(",NULL,'").append(YEAR).append('-')
                        .append(two(startMonth)).append("-01',NULL,NOW())");
                if ((n + 1) % 5_000 == 0 || n == members - 1) {
                    s.execute("INSERT INTO org_member (id, user_id, name, probationary, joined_on, converted_on, "
                            + "created_at) VALUES " + m);
                    s.execute("INSERT INTO org_membership (id, member_id, branch_id, party_group_id, joined_on, "
                            + "left_on, created_at) VALUES " + sp);
                    m.setLength(0);
                    sp.setLength(0);
                }
            }
        }
        long[] nextId = {1_000_000_000L};
        long facts = 0;
        int perChunk = Math.max(1, members / 10);
        for (int month = 1; month <= 12; month++) {
            for (int from = 0; from < members; from += perChunk) {
                StringBuilder tsv = new StringBuilder(perChunk * 13 * 120);
                for (int n = from; n < Math.min(members, from + perChunk); n++) {
                    facts += monthOf(n, month, branchOf(n, members, branches), nextId, tsv);
                }
                load(c, tsv);
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("SET GLOBAL innodb_flush_log_at_trx_commit = 1");
            s.execute("ANALYZE TABLE ledger_fact, org_member, org_membership");
        }
        return facts;
    }

    private static long branchOf(int n, int members, int branches) {
        return FIRST_BRANCH + (long) n * branches / members;
    }

    private static void load(Connection c, StringBuilder tsv) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.unwrap(com.mysql.cj.jdbc.JdbcStatement.class).setLocalInfileInputStream(
                    new ByteArrayInputStream(tsv.toString().getBytes(StandardCharsets.UTF_8)));
            s.execute("LOAD DATA LOCAL INFILE 'facts.tsv' INTO TABLE ledger_fact CHARACTER SET utf8mb4 "
                    + "(id, kind, branch_id, member_id, item, occurred_on, ends_on, fact_value, corrects, recorded_by, "
                    + "recorded_at, source_type, source_ref, reason, event_ref, approval_ref, dedupe_key)");
        }
    }

    /** One member's facts recorded in one month (~12.5 a month, ~150 a year), deterministic per member and month. */
    private static int monthOf(int n, int month, long branch, long[] nextId, StringBuilder out) {
        Random member = new Random(n);
        member.nextInt(10);
        int startMonth = member.nextInt(10) == 0 ? 1 + member.nextInt(12) : 1;
        if (month < startMonth) {
            return 0;
        }
        Random r = new Random(n * 31L + month);
        long memberId = FIRST_MEMBER + n;
        String first = YEAR + "-" + two(month) + "-01";
        int count = 0;
        long xuexi = nextId[0];
        count += row(out, nextId, "XUEXI_MISSED_DAYS", branch, memberId, "xuexi_login", first, "" + r.nextInt(6), null);
        long daily = nextId[0];
        count += row(out, nextId, "DAILY_QUESTION_POINTS", branch, memberId, "daily_question", first,
                "" + (8 + r.nextInt(12)), null);
        count += row(out, nextId, "DUES", branch, memberId, "dues", first, r.nextInt(40) == 0 ? "LATE" : "ON_TIME", null);
        long attendance = nextId[0];
        for (String item : SESSIONS) {
            count += row(out, nextId, "ATTENDANCE", branch, memberId, item, day(month, 1 + r.nextInt(25)),
                    r.nextInt(8) == 0 ? "ABSENT" : r.nextInt(20) == 0 ? "EXCUSED" : "PRESENT", null);
        }
        if (month % 2 == 0) {
            count += row(out, nextId, "ATTENDANCE", branch, memberId, "collective_study", day(month, 26),
                    r.nextInt(8) == 0 ? "ABSENT" : "PRESENT", null);
        }
        if (month % 3 == 0) {
            count += row(out, nextId, "ATTENDANCE", branch, memberId, "branch_congress", day(month, 10),
                    r.nextInt(8) == 0 ? "ABSENT" : "PRESENT", null);
        }
        if (r.nextInt(200) == 0) {
            count += row(out, nextId, "FINDING", branch, memberId, "violation", day(month, 4), null, null);
        }
        if (month % 3 == 0 || month == 4 || month == 8) {
            count += row(out, nextId, "FEATURED", branch, memberId, month % 4 == 0 && month != 12 ? "branch:writing"
                    : "volunteer_service", day(month, 5), "1", null);
        }
        if (month == startMonth) {
            count += row(out, nextId, "REVIEW", branch, memberId, "review", YEAR + "-01-01",
                    new String[]{"EXCELLENT", "QUALIFIED", "QUALIFIED", "BASIC"}[r.nextInt(4)], null);
        }
        // corrections recorded later in the month: the figures re-entered, and now and then a reversal
        count += row(out, nextId, "XUEXI_MISSED_DAYS", branch, memberId, "xuexi_login", first, "" + r.nextInt(4), xuexi);
        count += row(out, nextId, "DAILY_QUESTION_POINTS", branch, memberId, "daily_question", first,
                "" + (10 + r.nextInt(10)), daily);
        if (month == 5) {
            count += reversal(out, nextId, branch, memberId, day(month, 1), attendance);
        }
        return count;
    }

    private static int row(StringBuilder out, long[] nextId, String kind, long branch, long member, String item,
                           String on, String value, Long corrects) {
        long id = nextId[0]++;
        out.append(id).append('\t').append(kind).append('\t').append(branch).append('\t').append(member).append('\t')
                .append(item).append('\t').append(on).append("\t\\N\t").append(value == null ? "\\N" : value)
                .append('\t').append(corrects == null ? "\\N" : corrects).append("\tbench-recorder\t").append(on)
                .append(" 20:00:00\tIMPORT_FILE\tbench\t").append(corrects == null ? "\\N" : "重新录入")
                .append("\t\\N\t\\N\t").append(String.format("%064d", id)).append('\n');
        return 1;
    }

    private static int reversal(StringBuilder out, long[] nextId, long branch, long member, String on, long corrects) {
        long id = nextId[0]++;
        out.append(id).append("\tREVERSAL\t").append(branch).append('\t').append(member).append("\t\\N\t").append(on)
                .append("\t\\N\t\\N\t").append(corrects).append("\tbench-recorder\t").append(on)
                .append(" 20:00:00\tIMPORT_FILE\tbench\t录错\t\\N\t\\N\t").append(String.format("%064d", id)).append('\n');
        return 1;
    }

    static final String GROUP_BY = "SELECT member_id, kind, COUNT(*), SUM(CASE WHEN kind IN "
            + "('XUEXI_MISSED_DAYS','DAILY_QUESTION_POINTS','FEATURED') THEN CAST(fact_value AS DECIMAL(10,2)) "
            + "ELSE 0 END) FROM ledger_fact WHERE occurred_on BETWEEN '" + YEAR + "-01-01' AND '" + YEAR
            + "-12-31' GROUP BY member_id, kind";

    /**
     * (a): one bare GROUP BY pass over the year's facts, every row read by the client. Its temporary table gets
     * {@code bench.tmpTable} bytes (default 2 GB) so that it stays in memory at 100,000 members too: an on-disk
     * temporary table makes the bare pass slower than the production path and flatters the ratio. Prints the
     * on-disk temporary tables the run created (0 when it stayed in memory).
     */
    private static long groupBy(Connection c) throws SQLException {
        long groups = 0;
        double checksum = 0;
        long tmpTable = Long.getLong("bench.tmpTable", 2L << 30);
        try (Statement s = c.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            s.execute("SET SESSION max_heap_table_size = " + tmpTable);
            s.execute("SET SESSION tmp_table_size = " + tmpTable);
            long diskTablesBefore = diskTemporaryTables(c);
            s.setFetchSize(Integer.MIN_VALUE);
            try (ResultSet rs = s.executeQuery(GROUP_BY)) {
                while (rs.next()) {
                    groups++;
                    checksum += rs.getLong(3) + rs.getDouble(4);
                }
            }
            System.out.printf("bench: (a) tmp_table_size %d MB, on-disk temporary tables created %d%n", tmpTable >> 20,
                    diskTemporaryTables(c) - diskTablesBefore);
        }
        return checksum >= 0 ? groups : -groups;
    }

    private static long diskTemporaryTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW SESSION STATUS LIKE 'Created_tmp_disk_tables'")) {
            return rs.next() ? rs.getLong(2) : -1;
        }
    }

    static final String ALL_COLUMNS = "id, kind, branch_id, member_id, item, occurred_on, ends_on, fact_value, "
            + "corrects, recorded_by, recorded_at, source_type, source_ref, reason, event_ref, approval_ref";
    static final String SCORING_COLUMNS = "id, kind, member_id, item, occurred_on, ends_on, fact_value, corrects";

    /** One branch's scan by date (or with the scoring columns only), read as strings, nothing mapped. */
    private static long rawScan(Connection c, long branch, String columns) throws SQLException {
        long rows = 0;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + columns + " FROM ledger_fact WHERE branch_id = " + branch
                     + " AND occurred_on BETWEEN '" + YEAR + "-01-01' AND '" + YEAR + "-12-31'")) {
            int count = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= count; i++) {
                    rs.getString(i);
                }
                rows++;
            }
        }
        return rows;
    }

    /** The production scoring scan (MemberYears.streamForScoring), its plan and the buffer pool in force. */
    static final String PRODUCTION_SCAN = "SELECT " + SCORING_COLUMNS + " FROM ledger_fact WHERE branch_id = %d"
            + " AND occurred_on BETWEEN '" + YEAR + "-01-01' AND '" + YEAR + "-12-31' ORDER BY member_id, id";

    private static void explain(Connection c) throws SQLException {
        for (String[] query : new String[][] {{"the branch scan", PRODUCTION_SCAN.formatted(FIRST_BRANCH)},
                {"(a)", GROUP_BY}}) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN " + query[1])) {
                while (rs.next()) {
                    System.out.printf("bench: plan of %s: type=%s key=%s rows=%s extra=%s%n", query[0],
                            rs.getString("type"), rs.getString("key"), rs.getString("rows"), rs.getString("Extra"));
                }
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT @@innodb_buffer_pool_size")) {
            rs.next();
            System.out.printf("bench: innodb_buffer_pool_size now %d MB%n", rs.getLong(1) >> 20);
        }
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : "" + v;
    }

    private static String day(int month, int d) {
        return YEAR + "-" + two(month) + "-" + two(d);
    }

    /**
     * CPU seconds used so far by this JVM (all threads) and by the embedded database server process
     * (utime + stime from /proc; NaN when the server is not a child of this JVM or /proc is absent).
     * On a shared machine CPU time is steadier than wall time.
     */
    record Cpu(double jvm, double database) {

        static Cpu now() {
            double jvm = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
            return new Cpu(jvm, databaseSeconds());
        }

        Cpu minus(Cpu earlier) {
            return new Cpu(jvm - earlier.jvm, database - earlier.database);
        }

        double total() {
            return jvm + (Double.isNaN(database) ? 0 : database);
        }

        static String load() {
            try {
                String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
                return f[0] + " " + f[1] + " " + f[2];
            } catch (java.io.IOException e) {
                return "n/a";
            }
        }

        private static double databaseSeconds() {
            return ProcessHandle.current().descendants()
                    .filter(p -> p.info().command().map(cmd -> cmd.endsWith("mysqld") || cmd.endsWith("mariadbd"))
                            .orElse(false))
                    .mapToDouble(Cpu::ticks).findFirst().orElse(Double.NaN);
        }

        private static double ticks(ProcessHandle p) {
            try {
                String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + p.pid() + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // USER_HZ
            } catch (java.io.IOException | RuntimeException e) {
                return Double.NaN;
            }
        }
    }

    /** Samples used heap; after GC for the before/after figures. */
    static final class HeapSampler {
        long max;

        long usedAfterGc() {
            System.gc();
            return sample();
        }

        long sample() {
            Runtime rt = Runtime.getRuntime();
            long used = rt.totalMemory() - rt.freeMemory();
            max = Math.max(max, used);
            return used;
        }
    }
}
