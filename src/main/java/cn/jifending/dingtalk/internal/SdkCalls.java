package cn.jifending.dingtalk.internal;

import cn.jifending.dingtalk.DingTalkPacingProperties;
import cn.jifending.notification.DeliveryException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one DingTalk call with the cached access token, paced by the {@link ApiRateLimiter}, and reacts
 * to DingTalk's answers as {@code src/docs/dingtalk-errors.md} describes: a refused token is dropped and
 * the call made once more with a new one; a throttled call waits at least {@code throttle-wait} and is
 * tried again (up to {@code throttle-attempts}); a used-up quota raises the {@link QuotaAlarm}
 * and fails with a long retry-after. Both repeats are safe because DingTalk refused the request.
 */
final class SdkCalls {

    private static final Logger log = LoggerFactory.getLogger(SdkCalls.class);

    /** Told when DingTalk says the organisation's API quota is used up. */
    @FunctionalInterface
    interface QuotaAlarm {
        QuotaAlarm NONE = (api, retryAfter) -> { };

        void exhausted(String api, Duration retryAfter);
    }

    private final AccessTokens tokens;
    private final ApiRateLimiter limiter;
    private final DingTalkPacingProperties pacing;
    private final QuotaAlarm alarm;

    SdkCalls(AccessTokens tokens, ApiRateLimiter limiter, DingTalkPacingProperties pacing, QuotaAlarm alarm) {
        this.tokens = tokens;
        this.limiter = limiter;
        this.pacing = pacing;
        this.alarm = alarm;
    }

    /** Default pacing, no alarm. */
    SdkCalls(AccessTokens tokens) {
        this(tokens, new ApiRateLimiter(DingTalkPacingProperties.defaults()), DingTalkPacingProperties.defaults(),
                QuotaAlarm.NONE);
    }

    /** A call that may be repeated without a second effect (reads, updates to a state, downloads). */
    <T> T call(String what, SdkCall<T> call) throws DeliveryException {
        return run(what, true, call);
    }

    /**
     * A call that delivers something and has no idempotency key (robot batchSend, group send): when the
     * request went out and no answer came, it is {@link FailureKind#UNCERTAIN} and not retried.
     */
    <T> T send(String what, SdkCall<T> call) throws DeliveryException {
        return run(what, false, call);
    }

    <T> T run(String api, boolean idempotent, SdkCall<T> call) throws DeliveryException {
        boolean refreshed = false;
        int throttled = 0;
        while (true) {
            limiter.acquire(api);
            String token = tokens.get();
            DingTalkCallException failure;
            try {
                return call.run(token);
            } catch (Exception e) {
                failure = OpenApiFailures.classify(api, e, idempotent);
            }
            switch (failure.kind()) {
                case STALE_TOKEN -> {
                    tokens.invalidate(token);
                    if (refreshed) {
                        throw failure;
                    }
                    refreshed = true;
                    log.info("{}: DingTalk refused the access token, fetching a new one", api);
                }
                case THROTTLED -> {
                    Duration wait = longer(pacing.throttleWait(), failure.retryAfter().orElse(Duration.ZERO));
                    throttled++;
                    if (wait.compareTo(pacing.throttleWait()) > 0) {
                        limiter.pause(api, wait); // refused for minutes: nobody tries before then
                        throw failure.after(wait);
                    }
                    if (throttled >= pacing.throttleAttempts()) {
                        throw failure.after(wait);
                    }
                    log.info("{}: throttled by DingTalk, waiting {} ms", api, wait.toMillis());
                    limiter.backOff(api, wait);
                }
                case QUOTA_EXHAUSTED -> {
                    raise(api);
                    throw failure.after(longer(pacing.quotaRetryDelay(), failure.retryAfter().orElse(Duration.ZERO)));
                }
                default -> throw failure;
            }
        }
    }

    private void raise(String api) {
        try {
            alarm.exhausted(api, pacing.quotaRetryDelay());
        } catch (RuntimeException e) {
            log.warn("Could not raise the DingTalk quota alarm for {}", api, e);
        }
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    @FunctionalInterface
    interface SdkCall<T> {
        T run(String accessToken) throws Exception;
    }
}
