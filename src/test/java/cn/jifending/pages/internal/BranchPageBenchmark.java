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
 * of sessions a month, the 学习强国 and 每日一题 figures, dues now and then late, featured items, a review
 * grade, a finding here and there: ~150 facts a member) written straight into {@code ledger_fact}
 * ({@link BenchYear}); the clock stands in December so every month is on the page. Then it requests the page over loopback HTTP as the secretary, {@code bench.warmup} (30) times to warm up and
 * {@code bench.requests} (200) times measured, and prints p50 / p90 / p99 / max of the time from request to
 * the last byte of the answer (the server's time plus a loopback hop).
 *
 * <pre>./mvnw -B -Pbenchmark test -Dtest=BranchPageBenchmark</pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MutableClock.Config.class)
class BranchPageBenchmark extends MariaDbTestBase {

    static final int YEAR = 2026;

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
            facts += BenchYear.write(jdbc, YEAR, n, branch.id(), members.get(n).id());
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

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
