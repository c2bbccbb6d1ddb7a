package cn.jifending.annual.internal;

import cn.jifending.annual.AnnualLine;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Card ids and params of the branch committee's review card and the 机关党委's audit card. */
@Component
class AuditCards {

    /** A branch's year in one line of the 机关党委's card. */
    record BranchSummary(String branch, int members, BigDecimal mean, long priority, long incentive, long yellow,
                         long red, long corrected, String status) {
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
        StringBuilder table = new StringBuilder();
        for (AnnualLine l : lines) {
            String mark = l.corrected() ? " ⚠季度后有更正" : "";
            table.append("- ").append(l.name()).append(mark).append("：基础分 ").append(score(l.base()))
                    .append(" · 特色分 ").append(score(l.featured())).append(" · 评议分 ").append(score(l.review()))
                    .append(" · 综合得分 **").append(score(l.composite())).append("** · ").append(l.tierName())
                    .append("\n");
        }
        p.put("table", table.toString().strip());
        List<AnnualLine> corrected = lines.stream().filter(AnnualLine::corrected).toList();
        p.put("corrected", AnnualAudit.names(corrected));
        p.put("signed", signedUserIds.isEmpty() ? "无" : signedUserIds.stream()
                .map(u -> directory.findByUserId(u).map(Person::name).orElse(u)).collect(Collectors.joining("、")));
        return p;
    }

    Map<String, Object> committeeCard(int year, List<BranchSummary> summaries) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("year", year);
        StringBuilder table = new StringBuilder();
        for (BranchSummary s : summaries) {
            table.append("- ").append(s.branch()).append("：").append(s.status()).append(" · ").append(s.members())
                    .append(" 人 · 平均分 ").append(score(s.mean())).append(" · 80 分及以上 ").append(s.priority())
                    .append(" 人 · 70–79.99 分 ").append(s.incentive()).append(" 人 · 黄色预警 ").append(s.yellow())
                    .append(" 人 · 红色预警 ").append(s.red()).append(" 人 · 季度后更正 ").append(s.corrected())
                    .append(" 人\n");
        }
        p.put("table", table.toString().strip());
        p.put("ready", summaries.stream().filter(s -> s.status().equals("待机关党委审核")).count());
        return p;
    }

    static BranchSummary summary(List<AnnualLine> lines, String branch, String status) {
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
