/**
 * Notification: everything the system tells people goes through the outbox.
 *
 * <ul>
 *   <li>{@link cn.jifending.notification.Outbox} writes an {@code outbox_message} row in the
 *       caller's transaction (propagation MANDATORY), rendering {@code bot-templates/} at once.</li>
 *   <li>A claimer thread takes batches of due rows under a lease ({@code SELECT … FOR UPDATE SKIP
 *       LOCKED} where the database has it, else one conditional update per row; safe with several
 *       app instances), groups identical one-to-one texts into sends of up to 20 users, and hands
 *       each send to a pool of sender workers, so a slow call holds only its own send. A send goes
 *       through {@link cn.jifending.notification.Messenger}; retryable failures are retried with
 *       exponential backoff and jitter (at least the channel's
 *       {@link cn.jifending.notification.DeliveryException#retryAfter()}), and a row is DEAD after
 *       {@code jifen.outbox.max-attempts} tries or at once when the failure is not retryable
 *       (logged at WARN; {@link cn.jifending.notification.OutboxMonitor} lists and requeues dead
 *       messages).</li>
 *   <li>A reply to an inbound message ({@link cn.jifending.notification.Outbox#reply}) keeps the
 *       message's {@link cn.jifending.notification.ReplyWebhook}; the channel may post it there while
 *       valid and otherwise sends it the ordinary way.</li>
 *   <li>Properties: {@code jifen.outbox.dispatch-enabled} (true), {@code poll-interval} (1s),
 *       {@code batch-size} (100), {@code max-attempts} (10), {@code initial-backoff} (2s),
 *       {@code max-backoff} (30m), {@code jitter} (0.5), {@code lease} (2m), {@code workers} (4),
 *       {@code group-users} (20), {@code claim} (auto); {@code jifen.templates.dir} overrides single
 *       template files. See {@code src/docs/outbox.md}.</li>
 * </ul>
 */
package cn.jifending.notification;
