package cn.jifending.bot.internal;

import cn.jifending.notification.DeliveryQuotaExhausted;
import cn.jifending.notification.Outbox;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the committee admins, at most once a day (table {@code delivery_quota_notice}, across instances),
 * that the messaging channel's API quota is used up. The notice goes through the outbox like every
 * message, so it arrives once the channel accepts messages again; the log has it at once.
 */
@Component
class QuotaExhaustedNotifier {

    static final String TEMPLATE = "dingtalk-quota-exhausted";
    private static final Logger log = LoggerFactory.getLogger(QuotaExhaustedNotifier.class);

    private final QuotaNoticeStore notices;
    private final MemberDirectory directory;
    private final Outbox outbox;
    private final TransactionTemplate newTransaction;

    QuotaExhaustedNotifier(QuotaNoticeStore notices, MemberDirectory directory, Outbox outbox,
                           PlatformTransactionManager transactions) {
        this.notices = notices;
        this.directory = directory;
        this.outbox = outbox;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void on(DeliveryQuotaExhausted event) {
        log.error("{}: the organisation's API quota is used up ({}); messages wait {} between tries",
                event.channel(), event.api(), event.retryAfter());
        try {
            newTransaction.executeWithoutResult(status -> notifyOnce(event));
        } catch (DuplicateKeyException alreadyToldToday) {
            log.debug("Committee admins were already told today about the {} quota", event.channel());
        } catch (RuntimeException e) {
            log.warn("Could not tell the committee admins about the {} quota", event.channel(), e);
        }
    }

    private void notifyOnce(DeliveryQuotaExhausted event) {
        notices.record(event.channel(), event.api(), event.at());
        List<String> admins = directory.committeeAdmins().stream().map(Person::userId).distinct().toList();
        if (admins.isEmpty()) {
            log.warn("No committee admin to tell about the {} quota", event.channel());
            return;
        }
        outbox.message(admins, TEMPLATE, Map.of("retryMinutes", Math.max(1, event.retryAfter().toMinutes())));
    }
}
