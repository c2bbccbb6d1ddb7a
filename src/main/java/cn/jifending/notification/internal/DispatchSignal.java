package cn.jifending.notification.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Tells the dispatch loop, after a transaction that wrote outbox rows commits, that work is waiting. */
@Component
class DispatchSignal {

    private volatile Runnable listener = () -> { };

    void listen(Runnable listener) {
        this.listener = listener;
    }

    /** Called when a row is written; the loop is woken once the surrounding transaction commits. */
    void rowWritten() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    listener.run();
                }
            });
        }
    }
}
