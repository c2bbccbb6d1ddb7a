package cn.jifending.pages.internal;

import cn.jifending.MariaDbTestBase;
import cn.jifending.MutableClock;
import cn.jifending.StatementCounter;
import cn.jifending.annual.AnnualResults;
import cn.jifending.audit.Source;
import cn.jifending.evaluation.Evaluation;
import cn.jifending.ledger.Scores;
import cn.jifending.organization.Branch;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.OrgFixture;
import cn.jifending.organization.Organization;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

/**
 * Load driver of {@code /h5/committee} (issue 16: under 300 ms server time; not a timed test, excluded from
 * {@code verify} by its name). Builds an organization of {@code bench.branches} (50) branches of
 * {@code bench.members} (30) members through the organization API, members since January of last year, then a
 * realistic year of facts for each member ({@link BenchYear}, ~150 a member) for this year and, unless
 * {@code -Dbench.lastYear=false}, last year too; in every {@code bench.poorEvery}-th (5th) branch one member
 * has two years far below 60 ({@link BenchYear#writePoor}), whose standing reads last year; the rounds of
 * the first three quarters are opened (their snapshots are what the 已更正 mark compares with); the clock
 * stands in December. Then it requests the page over loopback HTTP as the demo committee admin,
 * {@code bench.warmup} (10) times to warm up and {@code bench.requests} (50) times measured, and prints
 * p50 / p90 / p99 / max from request to last byte; then, in process, where the time goes (the annual lines
 * of every branch, and of those the scoring passes of this year and last) and the SQL statements of one
 * page ({@link StatementCounter}).
 *
 * <pre>./mvnw -B -Pbenchmark test -Dtest=CommitteePageBenchmark</pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({MutableClock.Config.class, StatementCounter.Config.class})
class CommitteePageBenchmark extends MariaDbTestBase {

    static final int YEAR = 2026;

    @LocalServerPort int port;
    @Autowired Organization organization;
    @Autowired MemberDirectory directory;
    @Autowired Evaluation evaluation;
    @Autowired AnnualResults annual;
    @Autowired Scores scores;
    @Autowired CommitteePage page;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @Test
    void renderTheCommitteeOverviewOfFiftyBranchesOfThirty() throws Exception {
        int branches = Integer.getInteger("bench.branches", 50);
        int size = Integer.getInteger("bench.members", 30);
        boolean lastYear = !"false".equals(System.getProperty("bench.lastYear"));
        int poorEvery = Integer.getInteger("bench.poorEvery", 5);
        clock.set(LocalDateTime.of(YEAR - 1, 1, 5, 9, 0));
        OrgFixture org = new OrgFixture(organization);
        long t0 = System.nanoTime();
        long facts = 0;
        int n = 0;
        for (int b = 0; b < branches; b++) {
            Branch branch = org.branch();
            for (int m = 0; m < size; m++, n++) {
                long member = org.member(branch, LocalDate.of(YEAR - 1, 1, 1)).id();
                boolean poor = m == 0 && b % poorEvery == 0;
                if (lastYear) {
                    facts += poor ? BenchYear.writePoor(jdbc, YEAR - 1, branch.id(), member)
                            : BenchYear.write(jdbc, YEAR - 1, n, branch.id(), member);
                }
                facts += poor ? BenchYear.writePoor(jdbc, YEAR, branch.id(), member)
                        : BenchYear.write(jdbc, YEAR, n, branch.id(), member);
            }
        }
        for (int q = 1; q <= 3; q++) {
            clock.set(LocalDateTime.of(YEAR, q * 3 + 1, 1, 9, 0));
            evaluation.openAll(YEAR, q, Source.system("bench"));
        }
        System.out.printf("bench: %d branches x %d members, %,d facts written, Q1-Q3 rounds opened, in %.1f s%n",
                branches, size, facts, (System.nanoTime() - t0) / 1e9);
        clock.set(LocalDateTime.of(YEAR, 12, 20, 10, 0));

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String cookie = signIn(http, "demo-admin");
        URI uri = URI.create("http://localhost:" + port + "/h5/committee");
        int warmup = Integer.getInteger("bench.warmup", 10);
        int requests = Integer.getInteger("bench.requests", 50);
        long[] nanos = new long[requests];
        String html = "";
        double loadBefore = load();
        for (int i = -warmup; i < requests; i++) {
            long s = System.nanoTime();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - s;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("/h5/committee answered " + answer.statusCode());
            }
            if (i >= 0) {
                nanos[i] = took;
                html = answer.body();
            }
        }
        double loadAfter = load();
        int rounds = Math.max(5, requests / 5);
        long[] lines = new long[rounds];
        long[] thisYear = new long[rounds];
        long[] previous = new long[rounds];
        List<Branch> all = directory.branches();
        for (int i = 0; i < rounds; i++) {
            long s = System.nanoTime();
            all.forEach(b -> annual.linesOf(b.id(), YEAR));
            lines[i] = System.nanoTime() - s;
            s = System.nanoTime();
            all.forEach(b -> scores.forEachYear(b.id(), YEAR, r -> { }));
            thisYear[i] = System.nanoTime() - s;
            s = System.nanoTime();
            all.forEach(b -> scores.forEachYear(b.id(), YEAR - 1, r -> { }));
            previous[i] = System.nanoTime() - s;
        }
        long[] controller = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long s = System.nanoTime();
            controller();
            controller[i] = System.nanoTime() - s;
        }
        long statements = StatementCounter.during(this::controller);
        long priority = html.split("<li>", -1).length - 1;
        long warned = html.split("class=\"warned\"", -1).length - 1;
        System.out.printf("bench: /h5/committee, %d branches on the page (%d members in the benchmark's), %,d bytes, "
                        + "%d list lines of which %d warnings; %d requests after %d warm-up: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, "
                        + "max %.1f ms (target p50 < 300 ms)%n", all.size(), n, html.length(), priority, warned, requests,
                warmup, percentile(nanos, 50), percentile(nanos, 90), percentile(nanos, 99), percentile(nanos, 100));
        System.out.printf("bench: in process, %d times: AnnualResults.linesOf of every branch p50 %.1f ms; "
                        + "Scores.forEachYear of every branch for %d p50 %.1f ms (part of it), for %d p50 %.1f ms "
                        + "(what last year costs where a standing reads it; a part of it); the rest of the page is "
                        + "its other reads and the rendering%n", rounds,
                percentile(lines, 50), YEAR, percentile(thisYear, 50), YEAR - 1, percentile(previous, 50));
        System.out.printf("bench: the controller alone (every read, the model, no rendering) p50 %.1f ms; "
                + "SQL statements of one page: %d%n", percentile(controller, 50), statements);
        System.out.printf("bench: load average %.1f before and %.1f after the measured requests, on %d cores%n",
                loadBefore, loadAfter, Runtime.getRuntime().availableProcessors());
    }

    /** The page's controller alone: its reads and the model, no rendering. */
    private void controller() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/h5/committee");
        request.setParameter("user", "demo-admin");
        page.committee(null, request, new MockHttpServletResponse(), new ExtendedModelMap());
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** The sandbox's {@code ?user=} sign-in once; the session cookie for every request after. */
    private String signIn(HttpClient http, String userId) throws Exception {
        HttpResponse<String> first = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/h5/committee?user=" + userId)).build(),
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
