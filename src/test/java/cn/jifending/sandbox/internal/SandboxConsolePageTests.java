package cn.jifending.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.HeadlessChromium;
import cn.jifending.MariaDbTestBase;
import cn.jifending.notification.Outbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The console page end to end in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}), against the whole app on the real database with the outbox dispatcher
 * running. The context is closed afterwards so its dispatcher does not outlive the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jifen.outbox.dispatch-enabled=true", "jifen.outbox.poll-interval=100ms"})
@DirtiesContext
class SandboxConsolePageTests extends MariaDbTestBase {

    private static final String USER = "demo-member-1";

    @LocalServerPort int port;
    @Autowired Outbox outbox;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;

    private HeadlessChromium chromium;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
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
    void aDemoUserAsksForHelpPressesACardButtonAndSendsAPhoto() throws Exception {
        browser.get("http://localhost:" + port + "/sandbox");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#user option[value='" + USER + "']")));
        new Select(browser.findElement(By.id("user"))).selectByValue(USER);
        assertThat(browser.findElement(By.id("who")).getText()).contains("赵强");

        browser.findElement(By.id("text")).sendKeys("帮助");
        browser.findElement(By.id("send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "积分钉使用帮助"));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("帮助", "赵强，您好");

        String track = "notice-" + UUID.randomUUID();
        tx.executeWithoutResult(s -> outbox.card(List.of(USER), "notice", track,
                Map.of("title", "学习通知", "content", "周五下午集中学习")));
        By button = By.cssSelector(".card[data-out-track-id='" + track + "'] button[data-action-id='acknowledge']");
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "已确认收到“学习通知”"));
        By card = By.cssSelector(".card[data-out-track-id='" + track + "']");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(card, "赵强 已确认"));
        assertThat(browser.findElements(button)).as("the updated card has no button left").isEmpty();
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM inbound_event
                        WHERE kind = 'CARD_ACTION' AND out_track_id = :t AND action_id = 'acknowledge' AND sender_user_id = :u""")
                .param("t", track).param("u", USER).query(Long.class).single()).isEqualTo(1);

        Path photo = Files.createTempFile("jifen-photo-", ".png");
        Files.write(photo, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        browser.findElement(By.id("file")).sendKeys(photo.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "没有待补充材料的申报"));
        assertThat(browser.findElements(By.cssSelector(".msg.user img"))).isNotEmpty();
        Files.delete(photo);
    }

    @Test
    void aMemberDeclaresWithAPhotoAndTheSecretaryRejectsWithTheReasonTypedOnTheCard() throws Exception {
        String deed = "入户走访" + UUID.randomUUID().toString().substring(0, 4);
        declareWithAPhotoAsZhengJie("网格", deed);

        browser.get("http://localhost:" + port + "/sandbox?user=demo-secretary-2");
        By card = By.xpath("//div[contains(@class,'card') and contains(., '" + deed + "')]");
        wait.until(ExpectedConditions.presenceOfElementLocated(card));
        browser.findElement(card).findElement(By.cssSelector("input[name='reason']")).sendKeys("照片看不清走访对象");
        browser.findElement(card).findElement(By.xpath(".//button[text()='驳回']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(card, "已驳回"));

        browser.get("http://localhost:" + port + "/sandbox?user=demo-member-3");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "照片看不清走访对象"));
    }

    /** The recorder's greeting suggests her main command, 记录, with names of her branch: sent as it stands, it records. */
    @Test
    void theRecordersGreetingSuggestsARecordCommandThatWorksAsItStands() {
        browser.get("http://localhost:" + port + "/sandbox?user=demo-recorder");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "欢迎来到积分钉沙盒"));
        String greeting = browser.findElement(By.cssSelector(".msg.greeting")).getText();
        java.util.regex.Matcher suggested = java.util.regex.Pattern.compile("记录 党小组会 今天 出席( @[^ @`（]+)+")
                .matcher(greeting);
        assertThat(suggested.find()).as("a 记录 to try in: " + greeting).isTrue();
        assertThat(greeting).contains("本月记分", "模板 签到");

        assertThat(ask(suggested.group())).contains("已记录", "党小组会", "出席 2 人");
    }

    @Test
    void theConsoleGreetsWithWhoYouAreAndThingsToTryAndShowsUserIdsInThePicker() {
        String user = "demo-secretary-2";
        browser.get("http://localhost:" + port + "/sandbox?user=" + user);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "欢迎来到积分钉沙盒"));
        String greeting = browser.findElement(By.cssSelector(".msg.greeting")).getText();
        assertThat(greeting).contains(user, "支部书记", "待审批", "支部积分");
        assertThat(browser.findElement(By.cssSelector("#user option[value='demo-member-1']")).getText())
                .contains("demo-member-1");
    }

    /**
     * A user with a long history (the demo year leaves dozens of messages) opens the console: the older
     * ones are folded under one line, the last 8 stay, the greeting comes after them, and what is said
     * next comes after the greeting.
     */
    @Test
    void aLongHistoryIsFoldedAndTheGreetingIsLastOnOpening() {
        String user = "demo-probationary";
        long had = delivered(user);
        List<String> tracks = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String track = "notice-" + UUID.randomUUID();
            tracks.add(track);
            int n = i;
            tx.executeWithoutResult(s -> outbox.card(List.of(user), "notice", track,
                    Map.of("title", "旧通知" + n, "content", "演示年度的消息")));
        }
        wait.until(d -> delivered(user) >= had + 12);

        browser.get("http://localhost:" + port + "/sandbox?user=" + user);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#messages > .msg.greeting")));
        List<org.openqa.selenium.WebElement> children = browser.findElements(By.cssSelector("#messages > *"));
        assertThat(children.get(children.size() - 1).getAttribute("class")).contains("greeting");
        long folded = had + 12 - 8;
        assertThat(browser.findElement(By.cssSelector("#messages > details.earlier > summary")).getText())
                .isEqualTo("之前的 " + folded + " 条消息（点击展开）");
        assertThat(browser.findElement(By.cssSelector(".card[data-out-track-id='" + tracks.get(0) + "']")).isDisplayed())
                .as("the oldest is folded").isFalse();
        assertThat(browser.findElement(By.cssSelector("#messages > .card[data-out-track-id='" + tracks.get(11) + "']"))
                .isDisplayed()).as("the newest stays").isTrue();

        browser.findElement(By.cssSelector("details.earlier > summary")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".card[data-out-track-id='" + tracks.get(0) + "']")));

        send("帮助");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "积分钉使用帮助"));
        children = browser.findElements(By.cssSelector("#messages > *"));
        assertThat(children.get(children.size() - 1).getText()).as("the reply comes after the greeting")
                .contains("积分钉使用帮助");
        assertThat(children.stream().map(c -> c.getAttribute("class")).toList())
                .as("the greeting stays between the earlier messages and the new ones")
                .filteredOn(c -> c.contains("greeting")).hasSize(1);
        assertThat(children.get(children.size() - 2).getText()).isEqualTo("帮助");
    }

    private long delivered(String user) {
        return jdbc.sql("SELECT COUNT(*) FROM sandbox_message WHERE user_id = ?").param(user).query(Long.class).single();
    }

    @Test
    void whatWasTypedIntoACardSurvivesANewMessage() {
        String user = "demo-secretary-2";
        browser.get("http://localhost:" + port + "/sandbox?user=" + user);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "吴磊"));

        String track = "approval-" + UUID.randomUUID();
        tx.executeWithoutResult(s -> outbox.card(List.of(user), "declaration-approval", track,
                Map.of("id", "9999", "content", "测试申报")));
        By reason = By.cssSelector(".card[data-out-track-id='" + track + "'] input[name='reason']");
        wait.until(ExpectedConditions.elementToBeClickable(reason)).sendKeys("照片不清");

        send("帮助");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "积分钉使用帮助"));
        assertThat(browser.findElement(reason).getAttribute("value")).isEqualTo("照片不清");
    }

    @Test
    void theScoreChartArrivesAsAPictureInTheChatNotAsAFileLink() {
        browser.get("http://localhost:" + port + "/sandbox?user=" + USER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "赵强"));
        send("积分图");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "年积分图"));
        By picture = By.cssSelector(".msg.bot img");
        wait.until(ExpectedConditions.presenceOfElementLocated(picture));
        var img = browser.findElements(picture).get(browser.findElements(picture).size() - 1);
        assertThat(img.getAttribute("alt")).endsWith("年积分图.png");
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", img)));
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return arguments[0].naturalWidth", img)).isEqualTo(900L);
        assertThat(browser.findElements(By.xpath("//div[contains(@class,'bot')]//a[contains(., '积分图.png')]")))
                .as("no file link for the chart").isEmpty();
    }

    /**
     * The secretary's and the member's day in one go, as a person clicks it: the member declares with a
     * photo; the secretary finds it in 待审批 with the command that decides it, presses 驳回 on the card
     * without a reason (asked for one, nothing decided), types the reason and presses again (decided);
     * 待审批 is then empty, 支部积分 lists the branch; the member reads the reason and gets the chart inline.
     */
    @Test
    void theWholeDayDeclareRejectWithoutAndWithAReasonWaitingBranchScoresAndTheChart() throws Exception {
        String deed = "社区清扫" + UUID.randomUUID().toString().substring(0, 4);
        declareWithAPhotoAsZhengJie("志愿服务", deed);

        browser.get("http://localhost:" + port + "/sandbox?user=demo-secretary-2");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "吴磊"));
        String waiting = ask("待审批");
        assertThat(waiting).contains("等您处理的事项", "郑洁", deed, "处理：通过 ", "驳回 ")
                .doesNotContain("{{", "VOLUNTEER", "-）");

        By card = By.xpath("//div[contains(@class,'card') and contains(., '" + deed + "')]");
        wait.until(ExpectedConditions.presenceOfElementLocated(card));
        browser.findElement(card).findElement(By.xpath(".//button[text()='驳回']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "需要填写理由"));
        assertThat(browser.findElement(card).getText()).doesNotContain("已驳回");
        assertThat(browser.findElement(card).findElements(By.xpath(".//button[text()='驳回']")))
                .as("a refused press leaves the card's buttons").isNotEmpty();

        browser.findElement(card).findElement(By.cssSelector("input[name='reason']")).sendKeys("照片与事由不符");
        browser.findElement(card).findElement(By.xpath(".//button[text()='驳回']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(card, "已驳回"));

        assertThat(ask("待审批")).as("the decided declaration no longer waits").doesNotContain(deed);
        assertThat(ask("支部积分")).contains("第二党支部", "郑洁 综合", "图表与明细见支部页面").doesNotContain("|---", "{{");
        List<org.openqa.selenium.WebElement> pageLinks = browser.findElements(By.cssSelector(".msg.bot a[href*='/h5/branch']"));
        String branchPage = pageLinks.get(pageLinks.size() - 1).getAttribute("href");
        assertThat(branchPage).startsWith("http://localhost:" + port + "/h5/branch?branch=")
                .endsWith("&user=demo-secretary-2");
        browser.get(branchPage);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "郑洁"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("第二党支部").doesNotContain("请先登录");

        browser.get("http://localhost:" + port + "/sandbox?user=demo-member-3");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "照片与事由不符"));
        send("积分图");
        By picture = By.cssSelector(".msg.bot img");
        wait.until(ExpectedConditions.presenceOfElementLocated(picture));
        var img = browser.findElements(picture).get(browser.findElements(picture).size() - 1);
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", img)));
    }

    /** 郑洁 (demo-member-3, 第二党支部) declares {@code item} for yesterday with a JPEG photo and confirms it. */
    private void declareWithAPhotoAsZhengJie(String item, String deed) throws Exception {
        browser.get("http://localhost:" + port + "/sandbox?user=demo-member-3");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "郑洁"));
        send("申报 " + item + " 昨天 " + deed);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "需要佐证材料"));
        Path photo = Files.createTempFile("jifen-photo-", ".jpg");
        Files.write(photo, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0,
                (byte) 0xFF, (byte) 0xD9});
        browser.findElement(By.id("file")).sendKeys(photo.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "请核对申报内容"));
        send("确认");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "申报已提交"));
        Files.delete(photo);
    }

    /** Sends {@code text} and answers the text of the bot's next (non-card) message. */
    private String ask(String text) {
        By replies = By.cssSelector(".msg.bot:not(.card):not(.greeting)");
        int before = browser.findElements(replies).size();
        send(text);
        wait.until(d -> d.findElements(replies).size() > before);
        List<org.openqa.selenium.WebElement> all = browser.findElements(replies);
        return all.get(before).getText();
    }

    private void send(String text) {
        browser.findElement(By.id("text")).sendKeys(text);
        browser.findElement(By.id("send")).click();
    }
}
