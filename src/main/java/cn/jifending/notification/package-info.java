/**
 * Notification: everything the system tells people goes through the outbox.
 *
 * <ul>
 *   <li>{@link cn.jifending.notification.Outbox} writes an {@code outbox_message} row in the
 *       caller's transaction (propagation MANDATORY), rendering {@code bot-templates/} at once.</li>
 *   <li>A dispatcher on one background thread claims due rows by conditional update (status +
 *       lease, safe with several app instances), sends them through
 *       {@link cn.jifending.notification.Messenger}, retries retryable failures with exponential
 *       backoff and jitter, and marks a row DEAD after {@code jifen.outbox.max-attempts} tries or at
 *       once when the failure is not retryable (logged at WARN;
 *       {@link cn.jifending.notification.OutboxMonitor} lists and requeues dead messages).</li>
 *   <li>Properties: {@code jifen.outbox.dispatch-enabled} (true), {@code poll-interval} (1s),
 *       {@code batch-size} (20), {@code max-attempts} (10), {@code initial-backoff} (2s),
 *       {@code max-backoff} (30m), {@code jitter} (0.5), {@code lease} (2m);
 *       {@code jifen.templates.dir} overrides single template files.</li>
 * </ul>
 */
package cn.jifending.notification;
