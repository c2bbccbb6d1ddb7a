package cn.jifending.pages.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.TestDatabase;
import cn.jifending.HeadlessChromium;
import cn.jifending.MutableClock;
import cn.jifending.bot.BotGateway;
import cn.jifending.evaluation.RoundFixture;
import cn.jifending.organization.Organization;
import cn.jifending.publicity.Publicity;
import cn.jifending.publicity.QuarterPublication;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pages in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) against the
 * whole application on MariaDB, signed in with the sandbox's {@code ?user=}: who sees which page and who gets
 * the Chinese 403 page, the charts drawn, and an objection raised on the 公示 page reaching the panel through
 * the same flow as the card. Assertions are on the rendered DOM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"mysql", "test"})
@Import(MutableClock.Config.class)
@DirtiesContext
class PagesInBrowserTests {

    /**
     * Its own fresh database on the test server, not the one every other persistence test shares: the
     * committee overview scores every branch there is, and in a full {@code ./mvnw verify} the shared
     * database holds every earlier test class's branches and members (it timed out there). The overview's
     * cost grows with the number of members, one scoring pass per branch plus a few reads per member.
     */
    private static final TestDatabase OWN = TestDatabase.get().freshDatabase("jifen_pages");

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", OWN::url);
        registry.add("spring.datasource.username", OWN::user);
        registry.add("spring.datasource.password", OWN::password);
    }

    @LocalServerPort int port;
    @Autowired Organization organization;
    @Autowired cn.jifending.organization.MemberDirectory directory;
    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired Publicity publicity;
    @Autowired TransactionTemplate tx;

    private HeadlessChromium chromium;
    private WebDriver browser;
    private WebDriverWait wait;
    private RoundFixture f;

    @BeforeEach
    void openBrowser() throws Exception {
        f = new RoundFixture(organization, gateway, jdbc, clock);
        clock.set(LocalDateTime.of(2026, 7, 14, 10, 0));
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aMemberSeesTheirYearWithItsChartAndIsRefusedTheBranchAndCommitteePages() {
        open("/h5/me?user=" + f.member1.userId());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("composite-value")));
        assertThat(text("composite")).contains("基础分", "特色分", "评议分");
        By chart = By.cssSelector("#base-chart svg path");
        wait.until(ExpectedConditions.presenceOfElementLocated(chart));
        assertThat(browser.findElements(chart)).as("ECharts drew the month bases").isNotEmpty();

        open("/h5/branch");
        assertRefused("支部积分表只对支部书记、记分员和积分考评小组成员开放");
        open("/h5/committee");
        assertRefused("机关党委总览只对机关党委管理员开放");
    }

    @Test
    void theSecretarySeesTheBranchTableButNotAnotherBranchNorTheCommitteePage() {
        open("/h5/branch?user=" + f.secretary.userId());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("members")));
        assertThat(text("branch-name")).isEqualTo(f.branch.name());
        assertThat(text("members")).contains(f.member1.name(), f.member2.name(), f.committee.name());

        long other = directory.branches().stream().map(b -> b.id()).filter(id -> id != f.branch.id())
                .findFirst().orElseThrow();
        open("/h5/branch?branch=" + other);
        assertRefused("只能查看本支部");
        open("/h5/committee");
        assertRefused("机关党委总览只对机关党委管理员开放");
    }

    @Test
    void theCommitteeAdminSeesEveryBranchAndTheComparisonChart() {
        open("/h5/committee?user=demo-admin");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("progress")));
        assertThat(text("progress")).contains(f.branch.name(), "第一党支部", "第二党支部");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#branch-chart svg")));

        open("/h5/branch?branch=" + f.branch.id());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("members")));
        assertThat(text("members")).contains(f.member1.name());
    }

    @Test
    void anObjectionRaisedOnThePublicityPageReachesThePanel() {
        tx.executeWithoutResult(s -> publicity.open(new QuarterPublication(f.branch.id(), 2026, 2,
                LocalDate.of(2026, 7, 10), f.secretary.userId(),
                List.of(new QuarterPublication.Score(f.member1.id(), f.member1.name(), new BigDecimal("86.50"))), cn.jifending.audit.Source.system("test"))));
        long mark = f.mark();

        open("/h5/publicity?user=" + f.member2.userId());
        By board = By.cssSelector(".board[data-state='OPEN']");
        wait.until(ExpectedConditions.presenceOfElementLocated(board));
        assertThat(browser.findElement(board).getText()).contains(f.member1.name(), "86.5", "公示中");
        browser.findElement(board).findElement(By.name("reason")).sendKeys("我二季度的特色分没有算上");
        browser.findElement(board).findElement(By.cssSelector("form.object button")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("objection-result")));
        assertThat(browser.findElement(By.id("objection-result")).getAttribute("data-outcome")).isEqualTo("RECEIVED");
        assertThat(f.templatesTo(f.committee, mark)).as("the panel got the objection card").contains("publicity-objection");
        assertThat(f.templatesTo(f.secretary, mark)).contains("publicity-objection");
        assertThat(f.templatesTo(f.member2, mark)).contains("publicity-objection-received");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(board, "我二季度的特色分没有算上"));

        open("/h5/publicity?user=demo-member-3&branch=" + f.branch.id());
        assertRefused("只能查看本支部");
    }

    @Test
    void withoutASessionAPageAsksToSignInWith401InChinese() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var answer = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/h5/me")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(401);
        open("/h5/me");
        assertThat(text("refused-title")).isEqualTo("请先登录");
        assertThat(text("refused-message")).contains("?user=");
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private void assertRefused(String reason) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("refused-title")));
        assertThat(text("refused-title")).isEqualTo("无权查看");
        assertThat(text("refused-message")).contains(reason);
    }
}
