package cn.jifending.annual.internal;

import cn.jifending.annual.AnnualLine;
import cn.jifending.notification.TemplateModel;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Card ids and params of the branch committee's review card and the 机关党委's audit card. */
@Component
class AuditCards {

    /**
     * A branch's year in one line of the 机关党委's card.
     *
     * @param status the round's stage, {@link AnnualAudit#status}
     */
    record BranchSummary(String branch, int members, BigDecimal mean, long priority, long incentive, long yellow,
                         long red, long corrected, Map<String, Object> status) {

        boolean ready() {
            return Boolean.TRUE.equals(status.get("ready"));
        }
    }

    private final MemberDirectory directory;

    AuditCards(MemberDirectory directory) {
        this.directory = directory;
    }

    String branchCardId(long roundId) {
        return "annual-branch-" + roundId;
    }

    String committeeCardId(int year, long roundId) {
        return "annual-committee-" + year + "-" + roundId;
    }

    Map<String, Object> branchCard(long roundId, int year, List<AnnualLine> lines, List<String> signedUserIds) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("roundId", roundId);
        p.put("branch", lines.isEmpty() ? "" : lines.get(0).branchName());
        p.put("year", year);
        p.put("lines", TemplateModel.list(lines.stream().map(AuditCards::line).toList()));
        p.put("correctedNames", AnnualAudit.names(lines.stream().filter(AnnualLine::corrected).toList()));
        p.put("signed", TemplateModel.list(signedUserIds.stream()
                .map(u -> directory.findByUserId(u).map(Person::name).orElse(u)).toList()));
        return p;
    }

    Map<String, Object> committeeCard(int year, List<BranchSummary> summaries) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("year", year);
        p.put("branches", TemplateModel.list(summaries.stream().map(s -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("branch", s.branch());
            e.put("status", s.status());
            e.put("members", s.members());
            e.put("mean", score(s.mean()));
            e.put("priority", s.priority());
            e.put("incentive", s.incentive());
            e.put("yellow", s.yellow());
            e.put("red", s.red());
            e.put("corrected", s.corrected());
            return e;
        }).toList()));
        p.put("ready", summaries.stream().filter(BranchSummary::ready).count());
        return p;
    }

    /** A member's line of the branch committee's card. */
    private static Map<String, Object> line(AnnualLine l) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("name", l.name());
        e.put("corrected", l.corrected());
        e.put("base", score(l.base()));
        e.put("featured", score(l.featured()));
        e.put("review", score(l.review()));
        e.put("composite", score(l.composite()));
        e.put("tierName", l.tierName());
        return e;
    }

    static BranchSummary summary(List<AnnualLine> lines, String branch, Map<String, Object> status) {
        BigDecimal sum = lines.stream().map(AnnualLine::composite).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = lines.isEmpty() ? BigDecimal.ZERO
                : sum.divide(BigDecimal.valueOf(lines.size()), 2, RoundingMode.HALF_UP);
        return new BranchSummary(branch, lines.size(), mean, count(lines, "PRIORITY"), count(lines, "INCENTIVE"),
                count(lines, "YELLOW"), count(lines, "RED"), lines.stream().filter(AnnualLine::corrected).count(),
                status);
    }

    private static long count(List<AnnualLine> lines, String tier) {
        return lines.stream().filter(l -> l.tier().equals(tier)).count();
    }

    static String score(BigDecimal d) {
        return d.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
