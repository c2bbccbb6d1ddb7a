package cn.jifending.dingtalk.internal;

import cn.jifending.notification.DeliveryException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The app's access token, cached and refreshed {@code token-refresh-margin} before it expires.
 * Readers never block while a valid token is cached; when it must be refreshed only one thread
 * calls DingTalk and the others wait for its result.
 */
final class AccessTokens {

    /** Fetches a new token from DingTalk. */
    interface Issuer {
        Issued issue() throws DeliveryException;
    }

    record Issued(String token, Duration lifetime) {
    }

    private record Cached(String token, Instant refreshAt) {
    }

    private final Issuer issuer;
    private final Clock clock;
    private final Duration margin;
    private final ReentrantLock refresh = new ReentrantLock();
    private volatile Cached cached;

    AccessTokens(Issuer issuer, Clock clock, Duration margin) {
        this.issuer = issuer;
        this.clock = clock;
        this.margin = margin;
    }

    String get() throws DeliveryException {
        Cached current = cached;
        if (fresh(current)) {
            return current.token();
        }
        refresh.lock();
        try {
            current = cached;
            if (fresh(current)) {
                return current.token();
            }
            Instant issuedAt = clock.instant();
            Issued issued = issuer.issue();
            Duration early = margin.compareTo(issued.lifetime()) < 0 ? margin : issued.lifetime().dividedBy(2);
            cached = new Cached(issued.token(), issuedAt.plus(issued.lifetime()).minus(early));
            return issued.token();
        } finally {
            refresh.unlock();
        }
    }

    /** Drops the cached token if it is still the one DingTalk just refused. */
    void invalidate(String token) {
        refresh.lock();
        try {
            Cached current = cached;
            if (current != null && current.token().equals(token)) {
                cached = null;
            }
        } finally {
            refresh.unlock();
        }
    }

    private boolean fresh(Cached current) {
        return current != null && clock.instant().isBefore(current.refreshAt());
    }
}
