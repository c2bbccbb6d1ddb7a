package cn.jifending.dingtalk.internal;

import cn.jifending.notification.DeliveryException;
import com.aliyun.tea.TeaException;

/** Runs one OpenAPI SDK call with the cached access token; a 401 drops that token so the retry gets a new one. */
final class SdkCalls {

    private final AccessTokens tokens;

    SdkCalls(AccessTokens tokens) {
        this.tokens = tokens;
    }

    <T> T call(String what, SdkCall<T> call) throws DeliveryException {
        String token = tokens.get();
        try {
            return call.run(token);
        } catch (Exception e) {
            if (e instanceof TeaException tea && Integer.valueOf(401).equals(tea.getStatusCode())) {
                tokens.invalidate(token);
            }
            throw OpenApiFailures.map(what, e);
        }
    }

    @FunctionalInterface
    interface SdkCall<T> {
        T run(String accessToken) throws Exception;
    }
}
