package cn.jifending.pages.internal;

import cn.jifending.annual.AnnualLine;
import cn.jifending.annual.AnnualResults;
import cn.jifending.annual.BranchYear;
import cn.jifending.annual.SpotCheckResults;
import cn.jifending.evaluation.Evaluation;
import cn.jifending.evaluation.RoundStatus;
import cn.jifending.notification.OutboxMonitor;
import cn.jifending.organization.Branch;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import cn.jifending.organization.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /h5/committee} (机关党委 admins only): every branch's quarterly rounds and annual round, the
 * ≥80 / ≥70 lists and the warnings, dead-lettered messages, spot-check outcomes, and a chart comparing
 * the branches.
 */
@Controller
class CommitteePage {

    private final PageSession session;
    private final MemberDirectory directory;
    private final Evaluation evaluation;
    private final AnnualResults annual;
    private final OutboxMonitor outbox;
    private final SpotCheckResults spotChecks;
    private final Clock clock;

    CommitteePage(PageSession session, MemberDirectory directory, Evaluation evaluation, AnnualResults annual,
                  OutboxMonitor outbox, SpotCheckResults spotChecks, Clock clock) {
        this.session = session;
        this.directory = directory;
        this.evaluation = evaluation;
        this.annual = annual;
        this.outbox = outbox;
        this.spotChecks = spotChecks;
        this.clock = clock;
    }

    /** One branch's progress: each quarter's round (NONE, OPEN, SIGNED) and whether the year is approved. */
    record Progress(Branch branch, List<BranchTable.Quarter> quarters, boolean frozen, int members) {
    }

    @GetMapping("/h5/committee")
    String committee(@RequestParam(required = false) Integer year, HttpServletRequest request,
                     HttpServletResponse response, Model model) {
        Person viewer = session.viewer(request, response);
        if (!viewer.has(Role.COMMITTEE_ADMIN)) {
            throw new PageRefused(PageRefused.Reason.COMMITTEE_ONLY);
        }
        int y = Years.checked(year, LocalDate.now(clock));
        List<RoundStatus> rounds = evaluation.rounds(y);
        List<Progress> progress = new ArrayList<>();
        List<AnnualLine> all = new ArrayList<>();
        Map<String, Object> chart = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        List<Map<String, Long>> tiers = new ArrayList<>();
        for (Branch b : directory.branches()) {
            BranchYear branchYear = annual.branchYear(b.id(), y);
            List<AnnualLine> lines = branchYear.lines();
            all.addAll(lines);
            progress.add(new Progress(b, BranchTable.quarters(b.id(), rounds), branchYear.frozen(), lines.size()));
            names.add(b.name());
            Map<String, Long> count = new LinkedHashMap<>();
            for (AnnualLine l : lines) {
                count.merge(l.tierName(), 1L, Long::sum);
            }
            tiers.add(count);
        }
        chart.put("branches", names);
        chart.put("tiers", tiers);
        model.addAttribute("me", viewer);
        model.addAttribute("nav", Navigation.of(viewer));
        model.addAttribute("year", y);
        model.addAttribute("fmt", Figures.INSTANCE);
        model.addAttribute("progress", progress);
        model.addAttribute("priority", all.stream().filter(l -> "PRIORITY".equals(l.tier())).toList());
        model.addAttribute("incentive", all.stream().filter(l -> "INCENTIVE".equals(l.tier())).toList());
        model.addAttribute("warned", all.stream().filter(l -> l.warning().isPresent()).toList());
        model.addAttribute("dead", outbox.deadMessages(20));
        model.addAttribute("spotChecks", spotChecks.latest(20));
        model.addAttribute("chart", Figures.json(chart));
        return "h5/committee";
    }
}
