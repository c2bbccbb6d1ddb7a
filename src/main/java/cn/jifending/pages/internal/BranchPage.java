package cn.jifending.pages.internal;

import cn.jifending.evaluation.Evaluation;
import cn.jifending.ledger.Scores;
import cn.jifending.organization.Branch;
import cn.jifending.organization.Person;
import cn.jifending.report.AnnualReports;
import cn.jifending.report.AssessmentForms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /h5/branch}: the branch's members × months with unrecorded items flagged and the month in
 * progress marked, quarterly figures and the rounds' sign-off state; sorting and filtering in the
 * page; downloads of the month's 考核表 and the annual results.
 */
@Controller
class BranchPage {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PageSession session;
    private final BranchAccess access;
    private final Scores scores;
    private final Evaluation evaluation;
    private final AssessmentForms forms;
    private final AnnualReports annualReports;
    private final cn.jifending.organization.MemberDirectory directory;
    private final Clock clock;

    BranchPage(PageSession session, BranchAccess access, Scores scores, Evaluation evaluation, AssessmentForms forms,
               AnnualReports annualReports, cn.jifending.organization.MemberDirectory directory, Clock clock) {
        this.session = session;
        this.access = access;
        this.scores = scores;
        this.evaluation = evaluation;
        this.forms = forms;
        this.annualReports = annualReports;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/h5/branch")
    String branch(@RequestParam(required = false) Long branch, @RequestParam(required = false) Integer year,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        Person viewer = session.viewer(request, response);
        Branch b = access.table(viewer, branch);
        LocalDate today = LocalDate.now(clock);
        int y = Years.checked(year, today);
        BranchTable table = new BranchTable(YearMonth.from(today));
        scores.forEachYear(b.id(), y, table::add);
        model.addAttribute("me", viewer);
        model.addAttribute("nav", Navigation.of(viewer));
        model.addAttribute("branch", b);
        model.addAttribute("branches", Navigation.of(viewer).committee() ? directory.branches() : java.util.List.of(b));
        model.addAttribute("year", y);
        model.addAttribute("rows", table.rows());
        model.addAttribute("quarters", BranchTable.quarters(b.id(), evaluation.rounds(y)));
        model.addAttribute("inProgress", y == today.getYear() ? today.getMonthValue() : 0);
        model.addAttribute("quarterInProgress", y == today.getYear() ? (today.getMonthValue() + 2) / 3 : 0);
        model.addAttribute("formMonth", YearMonth.of(y, y == today.getYear() ? today.getMonthValue() : 12));
        return "h5/branch";
    }

    @GetMapping("/h5/branch/form.xlsx")
    ResponseEntity<byte[]> form(@RequestParam(required = false) Long branch, @RequestParam String month,
                                HttpServletRequest request, HttpServletResponse response) {
        Branch b = access.table(session.viewer(request, response), branch);
        YearMonth ym = YearMonth.parse(month);
        return xlsx(forms.monthly(b.id(), ym), forms.fileName(b.id(), ym));
    }

    @GetMapping("/h5/branch/annual.xlsx")
    ResponseEntity<byte[]> annual(@RequestParam(required = false) Long branch, @RequestParam int year,
                                  HttpServletRequest request, HttpServletResponse response) {
        Branch b = access.table(session.viewer(request, response), branch);
        int y = Years.checked(year, LocalDate.now(clock));
        return xlsx(annualReports.workbook(y, Optional.of(b.id())), annualReports.workbookName(y, Optional.of(b.id())));
    }

    private static ResponseEntity<byte[]> xlsx(byte[] bytes, String name) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }
}
