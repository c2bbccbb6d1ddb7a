package cn.jifending.pages.internal;

import cn.jifending.MariaDbTestBase;
import cn.jifending.MutableClock;
import cn.jifending.organization.Branch;
import cn.jifending.organization.Member;
import cn.jifending.organization.OrgFixture;
import cn.jifending.organization.Organization;
import cn.jifending.organization.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Load driver of {@code /h5/branch} (issue 16: under 300 ms server time for a 100-member branch; not a timed
 * test, excluded from {@code verify} by its name). Builds a branch of {@code bench.members} members (100) with
 * its secretary through the organization API, then a realistic year of facts for each (sign-ins of six kinds
 * of sessions a month, the 学习强国 and 每日一题 figures with their re-entries, dues now and then late,
 * featured items, a review grade, a finding or a reversal here and there: ~150 facts a member) written
 * straight into {@code ledger_fact}; the clock stands in December so every month is on the page. Then it
 * requests the page over loopback HTTP as the secretary, {@code bench.warmup} (30) times to warm up and
 * {@code bench.requests} (200) times measured, and prints p50 / p90 / p99 / max of the time from request to
 * the last byte of the answer (the server's time plus a loopback hop).
 *
 * <pre>./mvnw -B -Pbenchmark test -Dtest=BranchPageBenchmark</pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MutableClock.Config.class)
class BranchPageBenchmark extends MariaDbTestBase {

    static final int YEAR = 2026;
    static final String[] SESSIONS = {"collective_study", "collective_study", "other_study", "group_meeting",
            "party_day", "party_lecture"};

    @LocalServerPort int port;
    @Autowired Organization organization;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired cn.jifending.ledger.Scores scores;

    @Test
    void renderTheBranchPageOfAHundredMemberBranch() throws Exception {
        int size = Integer.getInteger("bench.members", 100);
        clock.set(LocalDateTime.of(YEAR, 1, 5, 9, 0));
        OrgFixture org = new OrgFixture(organization);
        Branch branch = org.branch();
        List<Member> members = new ArrayList<>();
        for (int n = 0; n < size; n++) {
            members.add(org.member(branch, LocalDate.of(YEAR, 1, 1)));
        }
        Member secretary = members.get(0);
        organization.grantRole(secretary.id(), branch.id(), Role.SECRETARY, OrgFixture.ADMIN);
        long t0 = System.nanoTime();
        long facts = 0;
        for (int n = 0; n < members.size(); n++) {
            facts += year(n, branch.id(), members.get(n).id());
        }
        System.out.printf("bench: %d members, %,d facts written in %.1f s%n", size, facts, (System.nanoTime() - t0) / 1e9);
        clock.set(LocalDateTime.of(YEAR, 12, 20, 10, 0));

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String cookie = signIn(http, secretary.userId());
        URI page = URI.create("http://localhost:" + port + "/h5/branch");
        int warmup = Integer.getInteger("bench.warmup", 30);
        int requests = Integer.getInteger("bench.requests", 200);
        long[] nanos = new long[requests];
        int bytes = 0;
        for (int i = -warmup; i < requests; i++) {
            long s = System.nanoTime();
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(page).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            long took = System.nanoTime() - s;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("/h5/branch answered " + answer.statusCode());
            }
            if (i >= 0) {
                nanos[i] = took;
                bytes = answer.body().length;
            }
        }
        long[] scoring = new long[requests];
        for (int i = 0; i < requests; i++) {
            long s = System.nanoTime();
            BranchTable table = new BranchTable(java.time.YearMonth.of(YEAR, 12));
            scores.forEachYear(branch.id(), YEAR, table::add);
            scoring[i] = System.nanoTime() - s;
        }
        System.out.printf("bench: of which the scoring (Scores.forEachYear into the page's table, in process), %d calls: "
                + "p50 %.1f ms, p99 %.1f ms; the rest is the page's other reads and its rendering%n", requests,
                percentile(scoring, 50), percentile(scoring, 99));
        System.out.printf("bench: load average during the run %.1f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        String html = new String(http.send(HttpRequest.newBuilder(page).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        long rows = html.split("class=\"member\"", -1).length - 1;
        System.out.printf("bench: /h5/branch, %d members (%d rows on the page, %,d bytes), %d requests after %d warm-up: "
                        + "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (target p99 < 300 ms)%n", size, rows, bytes,
                requests, warmup, percentile(nanos, 50), percentile(nanos, 90), percentile(nanos, 99),
                percentile(nanos, 100));
    }

    /** The sandbox's {@code ?user=} sign-in once; the session cookie for every request after. */
    private String signIn(HttpClient http, String userId) throws Exception {
        HttpResponse<String> first = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/h5/branch?user=" + userId)).build(),
                HttpResponse.BodyHandlers.ofString());
        String set = first.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SessionCookies.NAME + "=")).findFirst().orElseThrow();
        return set.substring(0, set.indexOf(';'));
    }

    /** One member's year of facts (~150), deterministic per member. */
    private long year(int n, long branchId, long memberId) {
        List<Object[]> rows = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            Random r = new Random(n * 31L + month);
            String first = day(month, 1);
            rows.add(fact("XUEXI_MISSED_DAYS", branchId, memberId, "xuexi_login", first, "" + r.nextInt(6)));
            rows.add(fact("DAILY_QUESTION_POINTS", branchId, memberId, "daily_question", first, "" + (8 + r.nextInt(12))));
            rows.add(fact("DUES", branchId, memberId, "dues", first, r.nextInt(40) == 0 ? "LATE" : "ON_TIME"));
            for (String item : SESSIONS) {
                rows.add(fact("ATTENDANCE", branchId, memberId, item, day(month, 1 + r.nextInt(25)),
                        r.nextInt(8) == 0 ? "ABSENT" : r.nextInt(20) == 0 ? "EXCUSED" : "PRESENT"));
            }
            if (month % 3 == 0) {
                rows.add(fact("ATTENDANCE", branchId, memberId, "branch_congress", day(month, 10),
                        r.nextInt(8) == 0 ? "ABSENT" : "PRESENT"));
            }
            if (r.nextInt(200) == 0) {
                rows.add(fact("FINDING", branchId, memberId, "violation", day(month, 4), null));
            }
            if (month % 3 == 0 || month == 4 || month == 8) {
                rows.add(fact("FEATURED", branchId, memberId, "volunteer_service", day(month, 5), "1"));
            }
            if (month == 1) {
                rows.add(fact("REVIEW", branchId, memberId, "review", day(1, 1),
                        new String[] {"EXCELLENT", "QUALIFIED", "QUALIFIED", "BASIC"}[r.nextInt(4)]));
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO ledger_fact (kind, branch_id, member_id, item, occurred_on, fact_value, recorded_by,
                  recorded_at, source_type, source_ref, dedupe_key)
                VALUES (?, ?, ?, ?, ?, ?, 'bench-recorder', ?, 'IMPORT_FILE', 'bench', ?)""", rows);
        return rows.size();
    }

    private static Object[] fact(String kind, long branchId, long memberId, String item, String on, String value) {
        return new Object[] {kind, branchId, memberId, item, LocalDate.parse(on), value,
                LocalDate.parse(on).atTime(20, 0), java.util.UUID.randomUUID().toString().replace("-", "")
                + java.util.UUID.randomUUID().toString().replace("-", "")};
    }

    private static String day(int month, int d) {
        return YEAR + "-" + (month < 10 ? "0" : "") + month + "-" + (d < 10 ? "0" : "") + d;
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
