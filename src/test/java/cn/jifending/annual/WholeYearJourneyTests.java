package cn.jifending.annual;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.MutableClock;
import cn.jifending.annual.ChatDriver.Sent;
import cn.jifending.bot.BotGateway;
import cn.jifending.jobs.JobRuns;
import cn.jifending.jobs.ScheduledJob;
import cn.jifending.organization.Branch;
import cn.jifending.organization.Member;
import cn.jifending.organization.NewMember;
import cn.jifending.organization.OrgFixture;
import cn.jifending.organization.Organization;
import cn.jifending.organization.Role;
import cn.jifending.scoring.RecomputeCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 8's whole year: a branch of twelve driven through the bot's door only, from January 2025 to
 * January 2026 — the recorder's monthly figures sheets and meetings by {@code 记录} (one 请假 approved
 * on the secretary's card), declarations with photos (approved, adjusted, rejected), four quarterly
 * rounds confirmed on cards and signed off with their 公示, then the review grades, the branch
 * committee's and the 机关党委's audits and the annual 公示. The people and the organization are set up
 * through the organization API; everything after that is a chat message or a card action.
 *
 * <p>The expected table is computed by hand from the scheme (src/docs/scoring.md) (see {@link #TABLE}), never by
 * the engine.
 */
@Import(MutableClock.Config.class)
class WholeYearJourneyTests extends MariaDbTestBase {

    static final String ADMIN = "demo-admin";
    static final int YEAR = 2025;

    @Autowired BotGateway gateway;
    @Autowired JdbcClient jdbc;
    @Autowired Organization organization;
    @Autowired AnnualResults results;
    @Autowired MutableClock clock;
    @Autowired List<ScheduledJob> jobs;
    @Autowired JobRuns runs;

    /** One member of the branch, with the figures the recorder enters for them each month. */
    record Person(String key, Member member, boolean probationary) {
        String at() {
            return "@" + member.name();
        }
    }

    /** One line of the hand-computed table. */
    record Expected(String composite, String tier, String warning) {
    }

    /*
     * The year, as the bot is told it (every member active all twelve months):
     * - meetings: 党小组会 (8th) and 主题党日 (15th) every month, 支部大会 on the 20th of Jan/Apr/Jul/Oct
     *   (so it applies to every month of its quarter), 集中学习 on the 22nd of Mar/Jun/Sep/Dec.
     *   Hence every month 组织生活 available = 支部大会 5 + 党小组会 5 + 主题党日 5 + 党费 5 = 20, and
     *   政治学习 available = 学习强国 10 + 每日一题 10 (+ 集中学习 5 in Mar/Jun/Sep/Dec) = 20 or 25.
     * - absences: 党员三 党小组会 Jan–Mar; 党员四 every 主题党日, every 集中学习, 党小组会 Jan–Jun;
     *   预备二 支部大会 Jan and Apr and every 集中学习; 预备一 主题党日 in odd months; 党员六 集中学习 Jun;
     *   组长 支部大会 Jul. 党员一 asks leave (请假) for May's 党小组会, approved by the secretary at once;
     *   党员五 for June's, approved only when the Q2 sign-off is refused for it. An excused meeting leaves
     *   available, so both months stay full: 组织生活 30×15/15 = 30.
     * - monthly sheet (学习强国 days missed, 每日一题 points): 书记 0/15, 记分员 2/15, 支委 0/16, 组长 1/14,
     *   党员一 4/12, 党员二 6/10, 党员三 10/8, 党员四 16/6, 党员五 (month mod 4)/(15 − month mod 3),
     *   党员六 3/13, 预备一 8/9, 预备二 14/5; 党费 late (延期): 党员二 Aug, 党员三 Feb, 党员四 May and Nov,
     *   预备二 Mar — zeroing 党费 for every month of that quarter.
     * - featured: 书记 志愿服务 1 (approved by the 支委, as it is the secretary's own), 支委 网格 adjusted to 2
     *   (调整分值), 组长 网格 1, 党员一 志愿服务 1 + 1, 预备一 志愿服务 1; 党员二's 志愿服务 rejected (驳回).
     * - review: 优秀 10 for 书记, 支委, 党员一; 基本合格 5 for 党员四, 预备二; 合格 7 for everyone else.
     *
     * Two members by hand:
     * 记分员 — 学习强国 10 − 2×0.5 = 9, 每日一题 10, everything attended, 党费 on time.
     *   Feb (no 集中学习): 政治学习 30×19/20 = 28.5, 组织生活 30×20/20 = 30, 政治建设 10 → 68.5
     *   Mar (集中学习 present): 政治学习 30×24/25 = 28.8 → 68.8
     *   base = (8×68.5 + 4×68.8)/12 = (548 + 275.2)/12 = 68.6; featured 0; 合格 7 → 75.60 INCENTIVE.
     * 党员二 — 学习强国 10 − 6×0.5 = 7, 每日一题 10 − (15−10)×0.5 = 7.5: 政治学习 30×14.5/20 = 21.75,
     *   with 集中学习 30×19.5/25 = 23.4; 组织生活 30 except Q3, where August's late 党费 zeroes 党费 in
     *   Jul, Aug and Sep: 30×15/20 = 22.5.
     *   months: Q1, Q2, Q4 = 61.75, 61.75, 63.4 each; Q3 = 54.25, 54.25, 55.9
     *   base = (3×(61.75+61.75+63.4) + 54.25+54.25+55.9)/12 = (560.7 + 164.4)/12 = 725.1/12 = 60.425
     *   featured 0 (rejected); 合格 7 → 67.425 → half-up 67.43 YELLOW, yellow warning.
     */
    static final Map<String, Expected> TABLE = table(
            "书记", new Expected("81.00", "PRIORITY", null),        // 70 + 1 + 10
            "记分员", new Expected("75.60", "INCENTIVE", null),     // 68.6 + 0 + 7
            "支委", new Expected("82.00", "PRIORITY", null),        // 70 + 2 + 10
            "组长", new Expected("74.73", "INCENTIVE", null),       // (9×68.5... Q3 61/61/61.3) 66.725 + 1 + 7
            "党员一", new Expected("77.10", "INCENTIVE", null),     // 65.1 + 2 + 10
            "党员二", new Expected("67.43", "YELLOW", "YELLOW"),    // 60.425 + 0 + 7
            "党员三", new Expected("61.35", "YELLOW", "YELLOW"),    // 54.35 + 0 + 7
            "党员四", new Expected("40.50", "RED", "RED"),          // 35.5 + 0 + 5 (no 2024 year: not two in a row)
            "党员五", new Expected("75.20", "INCENTIVE", null),     // 68.2 + 0 + 7
            "党员六", new Expected("73.00", "INCENTIVE", null),     // 66 + 0 + 7
            "预备一", new Expected("64.45", "TALK", "TALK"),        // 56.45 + 1 + 7
            "预备二", new Expected("50.58", "EXTEND_PROBATION", "EXTEND_PROBATION")); // 45.575 + 0 + 5

    /**
     * Quarterly totals shown on the cards and in each quarter's 公示, by hand: mean base of the quarter's
     * three months + featured points approved in the quarter. E.g. 组长 Q3: absent from July's 支部大会,
     * so 组织生活 is 30×15/20 = 22.5 in Jul, Aug and Sep: (61 + 61 + 61.3)/3 = 61.1, + 网格 1 = 62.10;
     * 党员三 Q1: absent from the three 党小组会 and 党费 late in Feb, so 组织生活 30×10/20 = 15 each month;
     * 学习强国 10 − 5 = 5, 每日一题 10 − 3.5 = 6.5, so 政治学习 30×11.5/20 = 17.25 (Mar, 集中学习 present:
     * 30×16.5/25 = 19.8): (42.25 + 42.25 + 44.8)/3 = 43.10.
     */
    static final Map<String, List<String>> QUARTERS = Map.of(
            "支委", List.of("72.00", "70.00", "70.00", "70.00"),
            "组长", List.of("68.60", "68.60", "62.10", "68.60"),
            "党员二", List.of("62.30", "62.30", "54.80", "62.30"),
            "党员三", List.of("43.10", "58.10", "58.10", "58.10"),
            "党员四", List.of("35.50", "28.00", "43.00", "35.50"),
            "预备一", List.of("55.20", "57.70", "55.20", "58.70"));

    private static Map<String, Expected> table(Object... kv) {
        Map<String, Expected> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Expected) kv[i + 1]);
        }
        return m;
    }

    Branch branch;
    Map<String, Person> people = new LinkedHashMap<>();
    ChatDriver chat;

    @Test
    void aBranchOfTwelveFromJanuaryToTheNextJanuaryEndsAsComputedByHand() throws Exception {
        chat = new ChatDriver(gateway, jdbc, clock, jobs, runs);
        clock.set(LocalDateTime.of(YEAR, 1, 2, 9, 0));
        setUpBranch();

        for (int quarter = 1; quarter <= 4; quarter++) {
            for (int month = quarter * 3 - 2; month <= quarter * 3; month++) {
                clock.set(LocalDateTime.of(YEAR, month, 25, 10, 0));
                if (month == 4) {
                    lateEntriesIntoTheSignedQuarterAreRefused();
                }
                meetings(month);
                monthlySheet(month);
                declarations(month);
            }
            quarterlyRound(quarter);
        }

        annualRound();
        afterTheYear();
    }

    // --- the organization (the only part not through the bot) ---

    private void setUpBranch() {
        OrgFixture org = new OrgFixture(organization);
        branch = org.branch();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        LocalDate since = LocalDate.of(YEAR, 1, 1);
        for (String key : TABLE.keySet()) {
            boolean probationary = key.startsWith("预备");
            Member m = organization.addMember(new NewMember("jy-" + tag + "-" + (10 + people.size()) + "x", key + tag, probationary,
                    probationary ? LocalDate.of(YEAR - 1, 12, 1) : null, branch.id(), null, since), OrgFixture.ADMIN);
            people.put(key, new Person(key, m, probationary));
        }
        organization.grantRole(p("书记").id(), branch.id(), Role.SECRETARY, OrgFixture.ADMIN);
        organization.grantRole(p("记分员").id(), branch.id(), Role.RECORDER, OrgFixture.ADMIN);
        organization.grantRole(p("支委").id(), branch.id(), Role.BRANCH_COMMITTEE_MEMBER, OrgFixture.ADMIN);
        organization.grantRole(p("组长").id(), branch.id(), Role.GROUP_LEADER, OrgFixture.ADMIN);
    }

    // --- each month: meetings by 记录, the figures sheet, declarations ---

    private void meetings(int month) {
        long mark = chat.mark();
        int recorded = 0;
        record("党小组会", month, 8, absent(month, "group"), month == 5 ? List.of("党员一") : month == 6 ? List.of("党员五") : List.of());
        recorded++;
        record("主题党日", month, 15, absent(month, "day"), List.of());
        recorded++;
        if (month % 3 == 1) {
            record("支部大会", month, 20, absent(month, "congress"), List.of());
            recorded++;
        }
        if (month % 3 == 0) {
            record("集中学习", month, 22, absent(month, "study"), List.of());
            recorded++;
        }
        assertThat(chat.templates(p("记分员"), mark)).as("month %d", month)
                .filteredOn("meeting-recorded"::equals).hasSize(recorded);
        if (month == 5) {
            Sent card = chat.last(p("书记"), mark, "excuse-approval");
            assertThat(card.body()).contains(p("党员一").name(), "党小组会");
            chat.press(p("书记"), card.outTrackId(), "excuse-approve", Map.of("requestId", ChatDriver.requestId(card)));
            assertThat(attendance(p("党员一"), "group_meeting", LocalDate.of(YEAR, 5, 8))).containsExactly("EXCUSED");
        }
    }

    private Set<String> absent(int month, String meeting) {
        return switch (meeting) {
            case "group" -> month <= 3 ? Set.of("党员三", "党员四") : month <= 6 ? Set.of("党员四") : Set.of();
            case "day" -> month % 2 == 1 ? Set.of("党员四", "预备一") : Set.of("党员四");
            case "congress" -> month == 1 || month == 4 ? Set.of("预备二") : month == 7 ? Set.of("组长") : Set.of();
            case "study" -> month == 6 ? Set.of("党员四", "预备二", "党员六") : Set.of("党员四", "预备二");
            default -> throw new IllegalArgumentException(meeting);
        };
    }

    /** The recorder records a meeting: everyone not absent (nor on leave) present; absentees are implied. */
    private void record(String meeting, int month, int day, Set<String> absent, List<String> leave) {
        String present = people.values().stream().filter(x -> !absent.contains(x.key()) && !leave.contains(x.key()))
                .map(Person::at).collect(Collectors.joining(" "));
        String text = "记录 " + meeting + " " + YEAR + "年" + month + "月" + day + "日 出席 " + present
                + (leave.isEmpty() ? "" : " 请假 " + leave.stream().map(k -> people.get(k).at()).collect(Collectors.joining(" ")));
        chat.say(p("记分员"), text);
    }

    /** In April, with Q1 signed: a meeting, a sheet and a declaration dated in March are all refused. */
    private void lateEntriesIntoTheSignedQuarterAreRefused() {
        long mark = chat.mark();
        chat.say(p("记分员"), "记录 集中学习 " + YEAR + "年3月28日 出席 " + people.get("书记").at());
        assertThat(chat.body(p("记分员"), mark, "recording-rejected")).contains("签字锁定");
        chat.sendFile(p("记分员"), "三月补.csv", ("月份," + YEAR + "-03\n姓名,userid,学习强国未登录天数,每日一题积分,党费(按时/延期)\n"
                + p("书记").name() + "," + p("书记").userId() + ",5,15,按时\n").getBytes(StandardCharsets.UTF_8));
        assertThat(chat.body(p("记分员"), mark, "import-rejected")).contains("签字锁定");
        chat.say(p("支委"), "申报 志愿服务 " + YEAR + "年3月20日 补报社区服务", chat.photo());
        assertThat(chat.templates(p("支委"), mark)).contains("declaration-date-locked");
        chat.say(p("支委"), "取消");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_fact WHERE branch_id = ? AND recorded_at >= ? AND occurred_on < ?")
                .params(branch.id(), LocalDate.of(YEAR, 4, 2).atStartOfDay(), LocalDate.of(YEAR, 4, 1))
                .query(Long.class).single()).isZero();
    }

    private void monthlySheet(int month) {
        StringBuilder csv = new StringBuilder("月份," + YEAR + "-" + (month < 10 ? "0" : "") + month
                + "\n姓名,userid,学习强国未登录天数,每日一题积分,党费(按时/延期)\n");
        for (Person x : people.values()) {
            int[] f = figures(x.key(), month);
            csv.append(x.member().name()).append(',').append(x.member().userId()).append(',').append(f[0]).append(',')
                    .append(f[1]).append(',').append(late(x.key(), month) ? "延期" : "按时").append('\n');
        }
        long mark = chat.mark();
        chat.sendFile(p("记分员"), YEAR + "年" + month + "月.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(chat.body(p("记分员"), mark, "monthly-imported")).contains(YEAR + "年" + month + "月", "12 人");
    }

    /** {学习强国 days missed, 每日一题 points} of a member in a month. */
    private static int[] figures(String key, int month) {
        return switch (key) {
            case "书记" -> new int[] {0, 15};
            case "记分员" -> new int[] {2, 15};
            case "支委" -> new int[] {0, 16};
            case "组长" -> new int[] {1, 14};
            case "党员一" -> new int[] {4, 12};
            case "党员二" -> new int[] {6, 10};
            case "党员三" -> new int[] {10, 8};
            case "党员四" -> new int[] {16, 6};
            case "党员五" -> new int[] {month % 4, 15 - month % 3};
            case "党员六" -> new int[] {3, 13};
            case "预备一" -> new int[] {8, 9};
            case "预备二" -> new int[] {14, 5};
            default -> throw new IllegalArgumentException(key);
        };
    }

    private static boolean late(String key, int month) {
        return switch (key) {
            case "党员二" -> month == 8;
            case "党员三" -> month == 2;
            case "党员四" -> month == 5 || month == 11;
            case "预备二" -> month == 3;
            default -> false;
        };
    }

    private void declarations(int month) {
        switch (month) {
            case 2 -> {
                // the secretary's own declaration goes to the committee member
                Sent card = declare(p("书记"), "志愿服务", 16, "社区义诊志愿服务", month);
                assertThat(card.recipients()).contains(p("支委").userId()).doesNotContain(p("书记").userId());
                decide(p("支委"), card, "declaration.approve", Map.of(), "declaration-approved", p("书记"));
            }
            case 3 -> {
                Sent card = declare(p("支委"), "网格", 12, "网格化走访困难户三户", month);
                long mark = chat.mark();
                chat.say(p("书记"), "调整分值 " + declarationId(card) + " 2");
                assertThat(chat.body(p("支委"), mark, "declaration-approved")).contains("2 分");
            }
            case 4 -> decide(p("书记"), declare(p("党员一"), "志愿服务", 19, "敬老院陪护", month), "declaration.approve",
                    Map.of(), "declaration-approved", p("党员一"));
            case 6 -> {
                Sent card = declare(p("党员二"), "志愿服务", 21, "社区打扫", month);
                long mark = chat.mark();
                chat.say(p("书记"), "驳回 " + declarationId(card) + " 照片与事由不符");
                assertThat(chat.body(p("党员二"), mark, "declaration-rejected")).contains("照片与事由不符");
            }
            case 7 -> decide(p("书记"), declare(p("组长"), "网格", 12, "入户走访独居老人", month), "declaration.approve",
                    Map.of(), "declaration-approved", p("组长"));
            case 9 -> decide(p("书记"), declare(p("党员一"), "志愿服务", 20, "无偿献血", month), "declaration.approve",
                    Map.of(), "declaration-approved", p("党员一"));
            case 10 -> decide(p("书记"), declare(p("预备一"), "志愿服务", 18, "文明城市志愿劝导", month),
                    "declaration.approve", Map.of(), "declaration-approved", p("预备一"));
            default -> {
            }
        }
    }

    /** A member declares with a photo and confirms; returns the approval card. */
    private Sent declare(Member who, String item, int day, String what, int month) {
        long mark = chat.mark();
        chat.say(who, "申报 " + item + " " + YEAR + "年" + month + "月" + day + "日 " + what, chat.photo());
        assertThat(chat.templates(who, mark)).as(what).contains("declaration-summary");
        chat.say(who, "确认");
        assertThat(chat.templates(who, mark)).as(what).contains("declaration-submitted");
        Sent card = jdbc.sql("""
                SELECT template, out_track_id, body, card_params, recipients FROM outbox_message
                WHERE id > ? AND kind = 'CARD' AND template = 'declaration-approval' ORDER BY id DESC LIMIT 1""")
                .param(mark).query((rs, i) -> new Sent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).single();
        assertThat(card.body() + card.params()).contains(what);
        return card;
    }

    private void decide(Member approver, Sent card, String action, Map<String, String> params, String outcome, Member member) {
        long mark = chat.mark();
        chat.press(approver, card.outTrackId(), action, params);
        assertThat(chat.templates(member, mark)).contains(outcome);
    }

    // --- each quarter: the round through cards, sign-off, 公示 ---

    private void quarterlyRound(int quarter) {
        LocalDate opening = switch (quarter) {
            case 1 -> LocalDate.of(YEAR, 4, 1);
            case 2 -> LocalDate.of(YEAR, 7, 1);
            case 3 -> LocalDate.of(YEAR, 10, 9);   // after the National Day holiday
            default -> LocalDate.of(YEAR + 1, 1, 5);
        };
        clock.set(opening.atTime(9, 0));
        long mark = chat.mark();
        chat.say(p("书记"), "开始考评 " + YEAR + "Q" + quarter);
        assertThat(chat.templates(p("书记"), mark)).contains("evaluation-opened");
        long roundId = jdbc.sql("SELECT id FROM evaluation_round WHERE branch_id = ? AND round_year = ? AND quarter = ?")
                .params(branch.id(), YEAR, quarter).query(Long.class).single();
        clock.set(opening.atTime(10, 0));
        for (Person x : people.values()) {
            assertThat(chat.templates(x.member(), mark)).contains("evaluation");
            chat.press(x.member(), "evaluation-" + roundId + "-" + x.member().id(), "evaluation-confirm",
                    Map.of("roundId", "" + roundId));
        }
        Sent signOff = chat.last(p("书记"), mark, "evaluation-signoff");
        if (quarter == 2) {
            // 党员五's 请假 for June's 党小组会 still waits: signing (which locks the quarter) is refused until decided
            chat.press(p("书记"), signOff.outTrackId(), "evaluation-sign", Map.of("roundId", "" + roundId));
            assertThat(chat.body(p("书记"), mark, "evaluation-signoff-refused-excuses")).contains(p("党员五").name());
            assertThat(chat.templates(p("书记"), mark)).doesNotContain("evaluation-signed");
            Sent excuse = chat.sent(p("书记").userId(), 0).stream().filter(x -> "excuse-approval".equals(x.template())
                    && x.body().contains(p("党员五").name())).findFirst().orElseThrow();
            chat.press(p("书记"), excuse.outTrackId(), "excuse-approve", Map.of("requestId", ChatDriver.requestId(excuse)));
            assertThat(attendance(p("党员五"), "group_meeting", LocalDate.of(YEAR, 6, 8))).containsExactly("EXCUSED");
            signOff = chat.last(p("书记"), mark, "evaluation-signoff");
        }
        chat.press(p("书记"), signOff.outTrackId(), "evaluation-sign", Map.of("roundId", "" + roundId));
        assertThat(chat.templates(p("书记"), mark)).contains("evaluation-signed");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_period_lock WHERE branch_id = ? AND lock_year = ? AND quarter = ?")
                .params(branch.id(), YEAR, quarter).query(Long.class).single()).isOne();

        publicity(quarter, "publicity-opened", "publicity-closed");
    }

    /** Moves the clock through a 公示 window of the branch (quarter 0: the annual one) with the jobs. */
    private void publicity(int quarter, String openedTemplate, String closedTemplate) {
        Map<String, Object> window = jdbc.sql("""
                SELECT first_day, last_day FROM publicity_window WHERE branch_id = ? AND pub_year = ? AND quarter = ?""")
                .params(branch.id(), YEAR, quarter).query().singleRow();
        LocalDate first = toDate(window.get("first_day"));
        LocalDate lastDay = toDate(window.get("last_day"));
        long mark = chat.mark();
        clock.set(first.atTime(9, 0));
        chat.runJob("publicity-opening");
        for (Person x : people.values()) {
            assertThat(chat.templates(x.member(), mark)).as("Q%d %s", quarter, x.key()).contains(openedTemplate);
        }
        String shown = chat.body(p("书记"), mark, openedTemplate);
        if (quarter > 0) {
            QUARTERS.forEach((key, totals) -> assertThat(shown).as("Q%d %s", quarter, key)
                    .contains("- " + p(key).name() + "：" + totals.get(quarter - 1) + "\n").doesNotContain("|"));
        } else {
            TABLE.forEach((key, e) -> assertThat(shown).as("annual %s", key)
                    .contains("- " + p(key).name() + "：" + e.composite()).doesNotContain("|"));
        }
        clock.set(lastDay.atTime(18, 0));
        chat.runJob("publicity-closing");
        for (Person x : people.values()) {
            assertThat(chat.templates(x.member(), mark)).as("Q%d %s", quarter, x.key()).contains(closedTemplate);
        }
    }

    // --- January: review grades, audits, the annual 公示, and the table ---

    private void annualRound() {
        clock.set(LocalDateTime.of(YEAR + 1, 1, 14, 10, 0));
        long mark = chat.mark();
        String grades = people.values().stream().map(x -> x.at() + " " + grade(x.key())).collect(Collectors.joining(" "));
        chat.say(p("书记"), "评议 " + YEAR + " " + grades);
        assertThat(chat.body(p("书记"), mark, "annual-review-recorded")).contains("尚未录入：无");

        chat.say(p("书记"), "年度审核 " + YEAR);
        assertThat(chat.templates(p("书记"), mark)).contains("annual-audit-opened");
        Sent card = chat.last(p("支委"), mark, "annual-branch-review");
        assertThat(card.body()).as("nothing was corrected after a quarter's snapshot").doesNotContain("⚠季度后有更正")
                .contains("季度考评后有更正：无");
        long roundId = jdbc.sql("SELECT id FROM annual_round WHERE branch_id = ? AND round_year = ?")
                .params(branch.id(), YEAR).query(Long.class).single();
        chat.press(p("书记"), card.outTrackId(), "annual-branch-sign", Map.of("roundId", "" + roundId));
        chat.press(p("支委"), card.outTrackId(), "annual-branch-sign", Map.of("roundId", "" + roundId));
        assertThat(chat.templates(p("支委"), mark)).contains("annual-sign-complete");
        Sent audit = chat.last(ADMIN, mark, "annual-committee-audit");
        assertThat(audit.body()).contains("- " + branch.name() + "：待机关党委审核 · ");

        mark = chat.mark();
        chat.press(ADMIN, audit.outTrackId(), "annual-approve", Map.of("year", "" + YEAR));
        assertThat(chat.body(ADMIN, mark, "annual-approved")).contains(branch.name());

        List<AnnualLine> lines = results.linesOf(branch.id(), YEAR);
        assertThat(lines).hasSize(12);
        List<String> wrong = new ArrayList<>();
        for (Person x : people.values()) {
            Expected e = TABLE.get(x.key());
            AnnualLine l = lines.stream().filter(y -> y.memberId() == x.member().id()).findFirst().orElseThrow();
            String got = l.composite().setScale(2).toPlainString() + " " + l.tier() + " " + l.warning().orElse(null);
            String want = e.composite() + " " + e.tier() + " " + e.warning();
            if (!got.equals(want)) {
                wrong.add(x.key() + ": got " + got + ", want " + want + " (base " + l.base() + ", featured "
                        + l.featured() + ", review " + l.review() + ")");
            }
            assertThat(chat.body(x.member(), mark, "annual-result")).as(x.key())
                    .contains("年度综合得分：" + e.composite());
        }
        assertThat(wrong).as("lines that differ from the hand-computed table").isEmpty();
        assertThat(lines).noneMatch(AnnualLine::flagged);
        assertThat(lines.stream().filter(l -> l.warning().isPresent()).map(AnnualLine::name))
                .containsExactlyInAnyOrder(p("党员二").name(), p("党员三").name(), p("党员四").name(),
                        p("预备一").name(), p("预备二").name());
        assertThat(chat.body(p("书记"), mark, "annual-talk-tasks")).contains(p("党员二").name(), p("党员三").name(),
                p("党员四").name(), p("预备一").name(), p("预备二").name()).doesNotContain(p("党员一").name());

        publicity(0, "publicity-opened", "publicity-closed");
    }

    /** What members, the secretary and the 机关党委 read about the year afterwards, all through the bot. */
    private void afterTheYear() throws Exception {
        // a member's August explained: 党费 late that month zeroes Q3's 党费
        long mark = chat.mark();
        chat.say(p("党员二"), "积分明细 " + YEAR + "年8月");
        assertThat(chat.body(p("党员二"), mark, "score-detail")).contains("54.25");
        chat.say(p("组长"), "季度积分 " + YEAR);
        assertThat(chat.body(p("组长"), mark, "evaluation-history")).contains("第三季度", "62.10");

        // the secretary's talk with a yellow-warned member
        chat.say(p("书记"), "约谈 @" + p("党员二").name() + " 1月14日 分析了每日一题积分偏低的原因 整改措施：每天完成每日一题");
        assertThat(chat.body(p("书记"), mark, "annual-talk-recorded")).contains("每天完成每日一题");

        // the 机关党委's lists
        chat.sayAs(ADMIN, "积分名单 " + YEAR);
        String lists = chat.body(ADMIN, mark, "annual-lists");
        String priority = lists.substring(0, lists.indexOf("70 分以上"));
        String incentive = lists.substring(lists.indexOf("70 分以上"));
        assertThat(priority).contains(p("书记").name(), p("支委").name()).doesNotContain(p("记分员").name());
        assertThat(incentive).contains(p("记分员").name(), p("组长").name(), p("党员一").name(), p("党员五").name(),
                p("党员六").name()).doesNotContain(p("党员二").name(), p("预备一").name());

        // the auditor's recompute from the ledger export the 机关党委 downloads gives the same table
        mark = chat.mark();
        chat.sayAs(ADMIN, "导出台账 " + branch.name() + " " + YEAR);
        byte[] csv = jdbc.sql("SELECT file_content FROM outbox_message WHERE id > ? AND kind = 'FILE' AND recipients LIKE ?")
                .params(mark, "%" + ADMIN + "%").query(byte[].class).single();
        Path dir = Files.createTempDirectory("whole-year");
        Path ledgerFile = Files.write(dir.resolve("ledger.csv"), csv);
        Path schemeFile = dir.resolve("scheme.yaml");
        try (var in = getClass().getClassLoader().getResourceAsStream("schemes/changzhou-2021.yaml")) {
            Files.copy(in, schemeFile);
        }
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = RecomputeCommand.run(new String[] {"--scheme", schemeFile.toString(),
                "--ledger", ledgerFile.toString(), "--year", "" + YEAR}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String recomputed = out.toString(StandardCharsets.UTF_8);
        for (Person x : people.values()) {
            Expected e = TABLE.get(x.key());
            assertThat(recomputed).as(x.key()).contains("," + e.composite() + "," + e.tier() + ","
                    + (e.warning() == null ? "" : e.warning()));
        }
    }

    private static String grade(String key) {
        return switch (key) {
            case "书记", "支委", "党员一" -> "优秀";
            case "党员四", "预备二" -> "基本合格";
            default -> "合格";
        };
    }

    // --- helpers ---

    private Member p(String key) {
        return people.get(key).member();
    }

    private long declarationId(Sent card) {
        return jdbc.sql("SELECT id FROM declaration WHERE out_track_id = ?").param(card.outTrackId())
                .query(Long.class).single();
    }

    private List<String> attendance(Member m, String item, LocalDate on) {
        return jdbc.sql("SELECT fact_value FROM ledger_fact WHERE member_id = ? AND kind = 'ATTENDANCE' AND item = ? AND occurred_on = ?")
                .params(m.id(), item, on).query(String.class).list();
    }

    private static LocalDate toDate(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
