package cn.jifending.evaluation.internal;

import cn.jifending.bot.Quarter;
import cn.jifending.ledger.Scores;
import cn.jifending.notification.TemplateModel;
import cn.jifending.scoring.MonthResult;
import cn.jifending.scoring.QuarterResult;
import cn.jifending.scoring.YearResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Member results of a quarter, computed now from the ledger, as snapshot rows. */
@Component
class Snapshots {

    private final Scores scores;

    Snapshots(Scores scores) {
        this.scores = scores;
    }

    /** The member's quarter as a snapshot version, empty when they had no active month in it. */
    Optional<SnapshotRow> of(YearResult year, Quarter key, long roundId, int version, String userId) {
        Optional<QuarterResult> quarter = year.quarter(key.quarter()).filter(q -> q.activeMonths() > 0);
        if (quarter.isEmpty()) {
            return Optional.empty();
        }
        QuarterResult q = quarter.get();
        String months = year.months().stream()
                .filter(m -> (m.month().getMonthValue() - 1) / 3 + 1 == key.quarter())
                .map(Snapshots::month)
                .collect(Collectors.joining(";"));
        return Optional.of(new SnapshotRow(roundId, Long.parseLong(year.memberId()), version, userId, year.name(),
                q.activeMonths(), months, q.base(), q.featured(), q.total()));
    }

    /** The quarter's total of the member's year as the ledger gives it today (corrections included). */
    static Optional<BigDecimal> currentTotal(Optional<YearResult> year, int quarter) {
        return year.flatMap(y -> y.quarter(quarter)).filter(q -> q.activeMonths() > 0).map(QuarterResult::total);
    }

    Optional<YearResult> yearOf(long memberId, int year) {
        return scores.yearOf(memberId, year);
    }

    /** {@code 2026-07=58.90;2026-08=60.00} → one {@code month}, {@code base} entry per month for a card (empty: none). */
    static List<Map<String, Object>> months(String monthBases) {
        if (monthBases == null || monthBases.isBlank()) {
            return List.of();
        }
        return TemplateModel.list(java.util.Arrays.stream(monthBases.split(";")).map(m -> {
            int at = m.indexOf('=');
            return Map.<String, Object>of("month", at < 0 ? m : m.substring(0, at), "base", at < 0 ? "" : m.substring(at + 1));
        }).toList());
    }

    static String score(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String month(MonthResult m) {
        return m.month() + "=" + score(m.base());
    }
}
