package cn.jifending.notification;

import java.time.LocalDateTime;
import java.util.List;

/** What an admin needs to see about the outbox: messages that could not be delivered. */
public interface OutboxMonitor {

    /** Dead messages (gave up after the retry limit, or refused by the channel), newest first. */
    List<Entry> deadMessages(int limit);

    /** Messages still waiting to be delivered (pending or being sent). */
    long undeliveredCount();

    /** Puts a dead message back in the queue for one more round of tries; false if it is not dead. */
    boolean requeue(long id);

    /** One outbox row as an admin sees it; times are Asia/Shanghai. */
    record Entry(long id, OutgoingMessage.Kind kind, List<String> recipients, String groupId,
                 String template, String status, int attempts, String lastError,
                 LocalDateTime createdAt, String title) {
    }
}
