package cn.jifending.dingtalk.internal;

import cn.jifending.notification.DeliveryException;
import com.aliyun.tea.TeaException;
import java.io.IOException;
import java.net.http.HttpTimeoutException;

/**
 * Maps what the DingTalk SDK or an HTTP call threw to a {@link DeliveryException}: throttling
 * (429), server errors (5xx), an expired token (401), timeouts and broken connections may succeed
 * later; any other 4xx (bad request, unknown user, missing permission) will not.
 */
final class OpenApiFailures {

    private OpenApiFailures() {
    }

    static DeliveryException map(String call, Exception e) {
        if (e instanceof DeliveryException delivery) {
            return delivery;
        }
        if (e instanceof TeaException tea && tea.getStatusCode() != null) {
            int status = tea.getStatusCode();
            return new DeliveryException(call + " failed: HTTP " + status + " " + nullToEmpty(tea.getCode()) + " "
                    + nullToEmpty(tea.getMessage()), retryableStatus(status), e);
        }
        if (causedByIo(e)) {
            return new DeliveryException(call + " failed: " + e, true, e);
        }
        if (e instanceof TeaException) {
            return new DeliveryException(call + " failed: " + e.getMessage(), true, e);
        }
        return new DeliveryException(call + " failed: " + e, false, e);
    }

    static DeliveryException status(String call, int status, String detail) {
        return new DeliveryException(call + " failed: HTTP " + status + " " + detail, retryableStatus(status));
    }

    static boolean retryableStatus(int status) {
        return status == 429 || status == 401 || status >= 500;
    }

    private static boolean causedByIo(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof HttpTimeoutException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
