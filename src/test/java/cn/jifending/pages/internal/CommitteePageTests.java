package cn.jifending.pages.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.jifending.MutableClock;
import cn.jifending.StatementCounter;
import cn.jifending.TestDatabase;
import cn.jifending.annual.AnnualLine;
import cn.jifending.audit.Source;
import cn.jifending.evaluation.Evaluation;
import cn.jifending.evaluation.QuarterFigure;
import cn.jifending.ledger.Scores;
import cn.jifending.organization.Branch;
import cn.jifending.organization.Member;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.OrgFixture;
import cn.jifending.organization.Organization;
import cn.jifending.organization.Person;
import cn.jifending.scoring.QuarterResult;
import cn.jifending.scoring.Scheme;
import cn.jifending.scoring.Standing;
import cn.jifending.scoring.YearResult;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * {@code /h5/committee} on a small organization of its own (two years of facts, a member below 60 two years
 * running, a member who changed branch at New Year, a probationary member, one newcomer, a correction after
 * the first quarter's round): every line the page lists carries exactly the figures, tier and warning the
 * scoring API gives member by member ({@link Scores#yearOf} with {@link Standing#assess}), and the page sends
 * as many SQL statements with twice the members ({@link StatementCounter}).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"mysql", "test"})
@Import({MutableClock.Config.class, StatementCounter.Config.class})
@DirtiesContext
class CommitteePageTests {

    /** Its own database: the overview covers every branch there is (see {@code PagesInBrowserTests}). */
    private static final TestDatabase OWN = TestDatabase.get().freshDatabase("jifen_committee");
    private static final int YEAR = 2026;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", OWN::url);
        registry.add("spring.datasource.username", OWN::user);
        registry.add("spring.datasource.password", OWN::password);
    }

    @Autowired MockMvc mvc;
    @Autowired Organization organization;
    @Autowired MemberDirectory directory;
    @Autowired Evaluation evaluation;
    @Autowired Scores scores;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    private int n;

    @Test
    void theOverviewShowsTheScoringApisFiguresAndItsStatementsDoNotGrowWithMembers() throws Exception {
        clock.set(LocalDateTime.of(YEAR - 1, 1, 5, 9, 0));
        OrgFixture org = new OrgFixture(organization);
        Branch a = org.branch();
        Branch b = org.branch();
        List<Long> members = new ArrayList<>();
        for (Branch branch : List.of(a, b)) {
            members.addAll(twoYears(org, branch, 3));
        }
        Member poor = org.member(a, LocalDate.of(YEAR - 1, 1, 1));
        BenchYear.writePoor(jdbc, YEAR - 1, a.id(), poor.id());
        BenchYear.writePoor(jdbc, YEAR, a.id(), poor.id());
        Member mover = org.member(b, LocalDate.of(YEAR - 1, 1, 1));
        BenchYear.writePoor(jdbc, YEAR - 1, b.id(), mover.id());
        Member probationary = org.probationary(b, LocalDate.of(YEAR - 1, 1, 1));
        BenchYear.write(jdbc, YEAR - 1, n++, b.id(), probationary.id());
        BenchYear.write(jdbc, YEAR, n++, b.id(), probationary.id());
        clock.set(LocalDateTime.of(YEAR, 1, 2, 9, 0));
        organization.moveMember(mover.id(), a.id(), null, LocalDate.of(YEAR, 1, 1), OrgFixture.ADMIN);
        BenchYear.writePoor(jdbc, YEAR, a.id(), mover.id());
        Member newcomer = org.member(b, LocalDate.of(YEAR, 1, 1));
        BenchYear.write(jdbc, YEAR, n++, b.id(), newcomer.id());
        members.addAll(List.of(poor.id(), mover.id(), probationary.id(), newcomer.id()));
        clock.set(LocalDateTime.of(YEAR, 4, 1, 9, 0));
        evaluation.openAll(YEAR, 1, Source.system("test"));
        long corrected = members.get(0);
        jdbc.update("""
                INSERT INTO ledger_fact (kind, branch_id, member_id, item, occurred_on, fact_value, recorded_by,
                  recorded_at, source_type, source_ref, dedupe_key)
                VALUES ('FEATURED', ?, ?, 'grid_work', '2026-02-10', '1', 'test', '2026-04-02 10:00:00', 'IMPORT_FILE',
                  'test', ?)""", a.id(), corrected, OrgFixture.unique("late-featured"));
        clock.set(LocalDateTime.of(YEAR, 12, 20, 10, 0));

        Map<Long, AnnualLine> expected = expectedLines(members);
        Map<String, Object> model = page();
        Map<Long, AnnualLine> shown = new HashMap<>();
        for (String list : List.of("priority", "incentive", "warned")) {
            for (AnnualLine l : lines(model, list)) {
                if (expected.containsKey(l.memberId())) {
                    assertThat(l).as("%s on the page", l.name()).isEqualTo(expected.get(l.memberId()));
                    shown.put(l.memberId(), l);
                }
            }
        }
        assertThat(ids(model, "priority", expected)).containsExactlyInAnyOrderElementsOf(withTier(expected, "PRIORITY"));
        assertThat(ids(model, "incentive", expected)).containsExactlyInAnyOrderElementsOf(withTier(expected, "INCENTIVE"));
        assertThat(ids(model, "warned", expected)).containsExactlyInAnyOrderElementsOf(expected.values().stream()
                .filter(l -> l.warning().isPresent()).map(AnnualLine::memberId).toList());
        assertThat(expected.get(poor.id()).warning()).as("below 60 two years running").contains("RED_TWO_YEARS");
        assertThat(expected.get(mover.id()).warning()).as("the previous year from the other branch")
                .contains("RED_TWO_YEARS");
        assertThat(expected.get(corrected).corrected()).as("a Q1 fact recorded after the round").isTrue();
        assertThat(shown).containsKeys(poor.id(), mover.id());
        assertThat(progressMembers(model, a)).isEqualTo(5);
        assertThat(progressMembers(model, b)).isEqualTo(5);
        String html = mvc.perform(get("/h5/committee").param("user", "demo-admin")).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains(a.name() + " " + expected.get(poor.id()).name() + " "
                + Figures.INSTANCE.points(expected.get(poor.id()).composite()));

        long before = StatementCounter.during(this::page);
        for (Branch branch : List.of(a, b)) {
            twoYears(org, branch, 5);
        }
        long after = StatementCounter.during(this::page);
        assertThat(lines(page(), "priority").size() + lines(page(), "incentive").size())
                .as("the new members are on the page").isGreaterThan(shown.size());
        assertThat(after).as("SQL statements of the page with 10 more members (%d before)", before)
                .isEqualTo(before);
    }

    /** {@code count} members of the branch since January of last year, with a year of facts each year. */
    private List<Long> twoYears(OrgFixture org, Branch branch, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Member m = org.member(branch, LocalDate.of(YEAR - 1, 1, 1));
            BenchYear.write(jdbc, YEAR - 1, n, branch.id(), m.id());
            BenchYear.write(jdbc, YEAR, n++, branch.id(), m.id());
            ids.add(m.id());
        }
        return ids;
    }

    /** Each member's line as the scoring API gives it, one member at a time (the way chat reads one member). */
    private Map<Long, AnnualLine> expectedLines(List<Long> members) {
        Scheme scheme = scores.schemeFor(YEAR);
        Map<Long, AnnualLine> out = new HashMap<>();
        for (long id : members) {
            YearResult r = scores.yearOf(id, YEAR).orElseThrow();
            Standing s = Standing.assess(scheme, r, scores.yearOf(id, YEAR - 1));
            Person p = directory.findByMemberId(id).orElseThrow();
            boolean corrected = false;
            for (QuarterFigure f : evaluation.quarterFigures(id, YEAR)) {
                Optional<QuarterResult> now = r.quarter(f.quarter());
                corrected |= now.isEmpty() || now.get().total().compareTo(f.total()) != 0;
            }
            out.put(id, new AnnualLine(id, p.userId(), r.name(), p.branchId(), p.branchName(), r.type().name(),
                    r.base(), r.featured(), r.review(), r.composite(), s.tier(),
                    s.tierName() + (s.consecutiveFlag() ? "；" + scheme.consecutive().name() : ""), s.warning(),
                    s.consecutiveFlag(), corrected));
        }
        return out;
    }

    private Map<String, Object> page() {
        try {
            MvcResult result = mvc.perform(get("/h5/committee").param("user", "demo-admin")).andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            return result.getModelAndView().getModel();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<AnnualLine> lines(Map<String, Object> model, String name) {
        return (List<AnnualLine>) model.get(name);
    }

    /** The members of this test on one of the page's lists (the demo organization's are there too). */
    private static List<Long> ids(Map<String, Object> model, String name, Map<Long, AnnualLine> ours) {
        return lines(model, name).stream().map(AnnualLine::memberId).filter(ours::containsKey).toList();
    }

    private static List<Long> withTier(Map<Long, AnnualLine> expected, String tier) {
        return expected.values().stream().filter(l -> l.tier().equals(tier)).map(AnnualLine::memberId).toList();
    }

    @SuppressWarnings("unchecked")
    private static int progressMembers(Map<String, Object> model, Branch branch) {
        return ((List<CommitteePage.Progress>) model.get("progress")).stream()
                .filter(p -> p.branch().id() == branch.id()).findFirst().orElseThrow().members();
    }
}
