package cn.jifending.bot.internal;

import cn.jifending.bot.RetryLaterException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one inbound event in one transaction and runs the whole transaction again, after a jittered
 * exponential pause, when it failed transiently ({@link TransientFailures}). A transient failure
 * that outlives {@code jifen.bot.inbound.max-attempts} becomes a {@link RetryLaterException}: nothing
 * committed, so the channel must not acknowledge. Called inside a transaction someone else owns,
 * it joins that transaction and cannot retry (the owner decides).
 */
@Component
class InboundTransactions {

    private static final Logger log = LoggerFactory.getLogger(InboundTransactions.class);

    private final TransactionTemplate transaction;
    private final InboundProperties properties;

    InboundTransactions(PlatformTransactionManager transactions, InboundProperties properties) {
        this.transaction = new TransactionTemplate(transactions);
        this.properties = properties;
    }

    <T> T run(String what, Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> work.get());
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    throw e;
                }
                if (attempt >= properties.maxAttempts()) {
                    log.error("Handling {} failed transiently {} times; the channel will redeliver it", what, attempt, e);
                    throw new RetryLaterException("transient database failure after " + attempt + " tries", e);
                }
                log.warn("Handling {} failed transiently (try {} of {}): {}; running it again", what, attempt,
                        properties.maxAttempts(), e.getMessage());
                pause(attempt, e);
            }
        }
    }

    private void pause(int attempt, RuntimeException cause) {
        long base = properties.initialBackoff().toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(base, properties.maxBackoff().toMillis());
        long jittered = capped - (long) (capped * properties.jitter() * ThreadLocalRandom.current().nextDouble());
        try {
            Thread.sleep(Math.max(0, jittered));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetryLaterException("interrupted while waiting to retry", cause);
        }
    }
}
