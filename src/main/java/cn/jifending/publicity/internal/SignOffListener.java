package cn.jifending.publicity.internal;

import cn.jifending.calendar.PublicityWindow;
import cn.jifending.evaluation.Evaluation;
import cn.jifending.evaluation.QuarterSignedOff;
import cn.jifending.notification.Outbox;
import cn.jifending.publicity.Publicity;
import cn.jifending.publicity.PublicityProperties;
import cn.jifending.publicity.QuarterPublication;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Opens a quarter's 公示 when the quarter is signed off, and tells the signer its dates. Runs after the
 * sign-off committed, in its own transaction: Spring Modulith's {@code @ApplicationModuleListener} without its
 * {@code @Async}, so the inbound event that signed is acknowledged only once the 公示 is open (the rule of
 * src/docs/inbound-guarantees.md). The event publication registry keeps the event until this completes, so a
 * crash or a failure here leaves it incomplete and it is handed over again (at restart, or by the
 * {@code event-resubmission} job). Opening is idempotent by branch and quarter, so a second delivery opens
 * nothing new and tells nobody twice.
 */
@Component
class SignOffListener {

    private final Publicity publicity;
    private final Evaluation evaluation;
    private final Outbox outbox;
    private final PublicityProperties properties;

    SignOffListener(Publicity publicity, Evaluation evaluation, Outbox outbox, PublicityProperties properties) {
        this.publicity = publicity;
        this.evaluation = evaluation;
        this.outbox = outbox;
        this.properties = properties;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(QuarterSignedOff signed) {
        if (publicity.windowOf(signed.branchId(), signed.year(), signed.quarter()).isPresent()) {
            return;
        }
        List<QuarterPublication.Score> scores = evaluation.signedScores(signed.roundId()).stream()
                .map(s -> new QuarterPublication.Score(s.memberId(), s.name(), s.total())).toList();
        PublicityWindow window = publicity.open(new QuarterPublication(signed.branchId(), signed.year(),
                signed.quarter(), signed.signedOn(), signed.signedBy(), scores, signed.note(), signed.source()));
        outbox.message(List.of(signed.signedBy()), "publicity-scheduled", Map.of("year", signed.year(),
                "quarter", signed.quarter(), "firstDay", window.firstDay(), "lastDay", window.lastDay(),
                "days", properties.days()));
    }
}
