package cn.jifending.dingtalk.internal;

import cn.jifending.notification.DeliveryException;
import java.time.Duration;

/** A {@link DeliveryException} that keeps what kind of DingTalk failure it was, for the retry loop and the contacts sync. */
final class DingTalkCallException extends DeliveryException {

    private final FailureKind kind;

    DingTalkCallException(String message, FailureKind kind, Duration retryAfter, Throwable cause) {
        super(message, kind.retryable(), retryAfter, cause);
        this.kind = kind;
    }

    DingTalkCallException(String message, FailureKind kind, Throwable cause) {
        this(message, kind, null, cause);
    }

    FailureKind kind() {
        return kind;
    }

    /** The same failure with a retry-after hint. */
    DingTalkCallException after(Duration retryAfter) {
        return new DingTalkCallException(getMessage(), kind, retryAfter, getCause() == null ? this : getCause());
    }

    static FailureKind kindOf(DeliveryException e) {
        if (e instanceof DingTalkCallException call) {
            return call.kind();
        }
        return e.retryable() ? FailureKind.TRANSIENT : FailureKind.REJECTED;
    }
}
