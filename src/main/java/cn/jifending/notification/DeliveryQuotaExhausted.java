package cn.jifending.notification;

import java.time.Duration;
import java.time.Instant;

/**
 * Published by a {@link Messenger} channel when its provider refuses calls because the organisation's
 * API quota is used up (DingTalk: the monthly API call count). Messages wait and are retried after
 * {@code retryAfter}; someone should raise the quota. Listeners must not throw.
 *
 * @param channel    the channel, e.g. {@code dingtalk}
 * @param api        the call that was refused
 * @param retryAfter how long the channel waits before trying again
 * @param at         when it happened
 */
public record DeliveryQuotaExhausted(String channel, String api, Duration retryAfter, Instant at) {
}
