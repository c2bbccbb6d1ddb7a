package cn.jifending.dingtalk.internal;

import cn.jifending.notification.DeliveryException;
import com.aliyun.tea.TeaException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.util.Locale;

/**
 * Maps what the DingTalk SDK or an HTTP call threw to a {@link DingTalkCallException} of a
 * {@link FailureKind}. The SDK ({@code tea-openapi}) turns an api.dingtalk.com error answer
 * {@code {"code":"...","message":"...","requestid":"..."}} into a {@link TeaException} whose
 * {@code statusCode} is the HTTP status and {@code code} the answer's {@code code}; I/O failures come
 * as a {@code TeaRetryableException} caused by the {@link IOException}.
 */
final class OpenApiFailures {

    static final String INVALID_AUTHENTICATION = "InvalidAuthentication";
    static final String QPS_LIMIT_FOR_API = "Forbidden.AccessDenied.QpsLimitForApi";
    static final String QPS_LIMIT_FOR_APPKEY_AND_API = "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi";
    static final String API_COUNT_LIMIT_FOR_ORG = "Forbidden.AccessDenied.ApiCountLimitForOrg";
    static final String ACCESS_TOKEN_PERMISSION_DENIED = "Forbidden.AccessDenied.AccessTokenPermissionDenied";

    private OpenApiFailures() {
    }

    /** A failure of a call that is safe to repeat (reads, updates to a state, the token). */
    static DeliveryException map(String call, Exception e) {
        return classify(call, e, true);
    }

    /**
     * @param idempotent whether the call may be repeated without a second effect; when it may not, a
     *                   request that went out without an answer is {@link FailureKind#UNCERTAIN}
     */
    static DingTalkCallException classify(String call, Exception e, boolean idempotent) {
        if (e instanceof DingTalkCallException known) {
            return known;
        }
        if (e instanceof DeliveryException delivery) {
            return new DingTalkCallException(delivery.getMessage(), DingTalkCallException.kindOf(delivery),
                    delivery.retryAfter().orElse(null), delivery);
        }
        if (e instanceof TeaException tea && tea.getStatusCode() != null) {
            int status = tea.getStatusCode();
            String code = nullToEmpty(tea.getCode());
            return new DingTalkCallException(call + " failed: HTTP " + status + " " + code + " "
                    + nullToEmpty(tea.getMessage()), kindOf(status, code, idempotent), e);
        }
        Throwable io = ioCause(e);
        if (io instanceof SdkHttpClient.EmptyBodyRefused) {
            return new DingTalkCallException(call + " failed: " + io.getMessage(), FailureKind.REJECTED, e);
        }
        if (io != null) {
            if (notSent(io) || idempotent) {
                return new DingTalkCallException(call + " failed: " + io, FailureKind.TRANSIENT, e);
            }
            return new DingTalkCallException(call + " may have been delivered, its answer was lost (" + io
                    + "); not resent automatically", FailureKind.UNCERTAIN, e);
        }
        if (e instanceof TeaException) {
            return new DingTalkCallException(call + " failed: " + e.getMessage(), FailureKind.TRANSIENT, e);
        }
        return new DingTalkCallException(call + " failed: " + e, FailureKind.REJECTED, e);
    }

    /** A non-2xx answer of a plain HTTP call (oapi, file download). */
    static DingTalkCallException status(String call, int status, String detail) {
        return new DingTalkCallException(call + " failed: HTTP " + status + " " + detail,
                kindOf(status, "", true), null);
    }

    static FailureKind kindOf(int status, String code, boolean idempotent) {
        if (status == 403 && code.contains("QpsLimit")) {
            return FailureKind.THROTTLED;
        }
        if (status == 403 && code.contains("ApiCountLimit")) {
            return FailureKind.QUOTA_EXHAUSTED;
        }
        if (status == 403 && code.equals(ACCESS_TOKEN_PERMISSION_DENIED)) {
            return FailureKind.NO_PERMISSION;
        }
        if (status == 401 || status == 400 && code.equals(INVALID_AUTHENTICATION)) {
            return FailureKind.STALE_TOKEN;
        }
        if (status == 429) {
            return FailureKind.THROTTLED;
        }
        if (status == 504 && !idempotent) {
            return FailureKind.UNCERTAIN; // DingTalk's gateway gave up waiting: the message may have gone out
        }
        if (status >= 500) {
            return FailureKind.TRANSIENT;
        }
        return FailureKind.REJECTED;
    }

    /** Whether the failure happened before any byte of the request could reach DingTalk. */
    private static boolean notSent(Throwable io) {
        if (io instanceof ConnectException || io instanceof UnknownHostException
                || io instanceof NoRouteToHostException || io instanceof HttpConnectTimeoutException) {
            return true;
        }
        return io instanceof SocketTimeoutException timeout && timeout.getMessage() != null
                && timeout.getMessage().toLowerCase(Locale.ROOT).contains("connect");
    }

    private static Throwable ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
