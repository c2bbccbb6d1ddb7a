package cn.jifending.pages.internal;

import cn.jifending.annual.MemberTalks;
import cn.jifending.declaration.MemberDeclarations;
import cn.jifending.ledger.Scores;
import cn.jifending.organization.Person;
import cn.jifending.scoring.MonthResult;
import cn.jifending.scoring.Standing;
import cn.jifending.scoring.YearResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /h5/me}: the signed-in member's year: the composite and its parts with their explanations,
 * the month bases as a chart, each month's items with their rules and facts (as {@code 积分明细}),
 * the standing with its warning, the talk owed, and the latest declarations.
 */
@Controller
class MePage {

    private final PageSession session;
    private final Scores scores;
    private final MemberDeclarations declarations;
    private final MemberTalks talks;
    private final Clock clock;

    MePage(PageSession session, Scores scores, MemberDeclarations declarations, MemberTalks talks, Clock clock) {
        this.session = session;
        this.scores = scores;
        this.declarations = declarations;
        this.talks = talks;
        this.clock = clock;
    }

    @GetMapping("/h5/me")
    String me(@RequestParam(required = false) Integer year, HttpServletRequest request, HttpServletResponse response,
              Model model) {
        Person me = session.viewer(request, response);
        LocalDate today = LocalDate.now(clock);
        int y = Years.checked(year, today);
        Optional<YearResult> result = scores.yearOf(me.memberId(), y);
        model.addAttribute("me", me);
        model.addAttribute("year", y);
        model.addAttribute("fmt", Figures.INSTANCE);
        model.addAttribute("result", result.orElse(null));
        model.addAttribute("declarations", declarations.latest(me.memberId(), 20));
        model.addAttribute("talk", talks.of(me.memberId(), y).orElse(null));
        model.addAttribute("nav", Navigation.of(me));
        result.ifPresent(r -> {
            model.addAttribute("standing", Standing.assess(scores.schemeFor(y), r, scores.yearOf(me.memberId(), y - 1)));
            model.addAttribute("provisional", r.monthInProgress(today).orElse(null));
            model.addAttribute("chart", Figures.json(chart(r, today)));
        });
        return "h5/me";
    }

    private static Map<String, Object> chart(YearResult r, LocalDate today) {
        Map<String, Object> chart = new LinkedHashMap<>();
        List<MonthResult> months = r.months();
        chart.put("months", months.stream().map(m -> m.month().getMonthValue()).toList());
        chart.put("base", months.stream().map(m -> m.base()).toList());
        chart.put("provisional", r.monthInProgress(today).map(m -> m.getMonthValue()).orElse(null));
        return chart;
    }
}
