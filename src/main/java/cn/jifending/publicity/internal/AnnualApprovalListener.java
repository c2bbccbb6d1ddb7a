package cn.jifending.publicity.internal;

import cn.jifending.annual.AnnualFeedback;
import cn.jifending.annual.AnnualLine;
import cn.jifending.annual.AnnualResults;
import cn.jifending.annual.AnnualRoundApproved;
import cn.jifending.calendar.PublicityWindow;
import cn.jifending.publicity.Publicity;
import cn.jifending.publicity.QuarterPublication;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Opens the annual 公示 of a branch's year when the 机关党委 approved it, with the frozen composites, and then has
 * the members told their year and the 公示's dates ({@link AnnualFeedback}). Runs after the approval committed, in
 * its own transaction, through the event publication registry, as {@link SignOffListener} does: a failure leaves
 * the publication incomplete and it is handed over again; the window and the members' messages are written
 * together, and a second delivery finds the window open and does nothing.
 */
@Component
class AnnualApprovalListener {

    private final Publicity publicity;
    private final AnnualResults results;
    private final AnnualFeedback feedback;

    AnnualApprovalListener(Publicity publicity, AnnualResults results, AnnualFeedback feedback) {
        this.publicity = publicity;
        this.results = results;
        this.feedback = feedback;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AnnualRoundApproved approved) {
        if (publicity.windowOf(approved.branchId(), approved.year(), QuarterPublication.ANNUAL).isPresent()) {
            return;
        }
        List<AnnualLine> lines = results.linesOf(approved.branchId(), approved.year());
        List<QuarterPublication.Score> scores = lines.stream()
                .map(l -> new QuarterPublication.Score(l.memberId(), l.name(), l.composite())).toList();
        PublicityWindow window = publicity.open(QuarterPublication.annual(approved.branchId(), approved.year(),
                approved.approvedOn(), approved.approvedBy(), scores, approved.source()));
        feedback.tellMembers(approved.branchId(), approved.year(), lines, window);
    }
}
