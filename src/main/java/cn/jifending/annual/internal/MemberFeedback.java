package cn.jifending.annual.internal;

import cn.jifending.annual.AnnualFeedback;
import cn.jifending.annual.AnnualLine;
import cn.jifending.calendar.PublicityWindow;
import cn.jifending.ledger.Scores;
import cn.jifending.notification.Outbox;
import cn.jifending.notification.TemplateModel;
import cn.jifending.scoring.YearResult;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members' {@code annual-result} message, once the annual 公示 of their approved year is open. How each
 * year was reckoned comes from one pass over the branch's year ({@link Scores#forEachYear}: the same pass the
 * lines' own figures come from, a member who moved scored over all their branches); a member that pass does not
 * return is asked alone ({@link Scores#yearOf}).
 */
@Service
class MemberFeedback implements AnnualFeedback {

    private final Scores scores;
    private final Outbox outbox;

    MemberFeedback(Scores scores, Outbox outbox) {
        this.scores = scores;
        this.outbox = outbox;
    }

    @Override
    @Transactional
    public void tellMembers(long branchId, int year, List<AnnualLine> lines, PublicityWindow window) {
        if (lines.stream().allMatch(l -> l.userId().isBlank())) {
            return; // nobody to tell: no pass over the branch
        }
        Map<Long, YearResult> ofBranch = new HashMap<>();
        scores.forEachYear(branchId, year, r -> ofBranch.put(Long.parseLong(r.memberId()), r));
        for (AnnualLine l : lines) {
            if (!l.userId().isBlank()) {
                Optional<YearResult> result = Optional.ofNullable(ofBranch.get(l.memberId()))
                        .or(() -> scores.yearOf(l.memberId(), year));
                outbox.message(List.of(l.userId()), "annual-result", model(l, year, result, window));
            }
        }
    }

    /** A member's year; {@code explain} is the year's summary lines (empty when the year cannot be reckoned). */
    Map<String, Object> model(AnnualLine l, int year, Optional<YearResult> result, PublicityWindow window) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", l.name());
        model.put("year", year);
        model.put("base", AuditCards.score(l.base()));
        model.put("featured", AuditCards.score(l.featured()));
        model.put("review", AuditCards.score(l.review()));
        model.put("composite", AuditCards.score(l.composite()));
        model.put("standing", l.tierName());
        model.put("warned", l.warning().isPresent());
        model.put("firstDay", window.firstDay());
        model.put("lastDay", window.lastDay());
        model.put("explain", TemplateModel.list(result.map(YearResult::summary).orElse(List.of())));
        return model;
    }
}
