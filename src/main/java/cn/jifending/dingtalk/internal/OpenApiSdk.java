package cn.jifending.dingtalk.internal;

import cn.jifending.dingtalk.DingTalkProperties;
import cn.jifending.notification.DeliveryException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teautil.models.RuntimeOptions;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * The {@code com.aliyun:dingtalk} clients (robot, card, im, oauth2), all pointed at
 * {@code jifen.dingtalk.api-endpoint}: {@code https://api.dingtalk.com} in production,
 * {@code http://127.0.0.1:PORT} for a fake server. The SDK never retries by itself ({@link SdkHttpClient});
 * {@link SdkCalls} and the outbox do.
 */
final class OpenApiSdk {

    final com.aliyun.dingtalkrobot_1_0.Client robot;
    final com.aliyun.dingtalkcard_1_0.Client card;
    final com.aliyun.dingtalkim_1_0.Client im;
    final com.aliyun.dingtalkoauth2_1_0.Client oauth2;
    private final DingTalkProperties properties;

    OpenApiSdk(DingTalkProperties properties) {
        this.properties = properties;
        SdkHttpClient.install(properties);
        try {
            this.robot = new com.aliyun.dingtalkrobot_1_0.Client(config(properties));
            this.card = new com.aliyun.dingtalkcard_1_0.Client(config(properties));
            this.im = new com.aliyun.dingtalkim_1_0.Client(config(properties));
            this.oauth2 = new com.aliyun.dingtalkoauth2_1_0.Client(config(properties));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create the DingTalk OpenAPI clients", e);
        }
    }

    static Config config(DingTalkProperties properties) {
        URI endpoint = properties.apiEndpoint();
        if (endpoint.getScheme() == null || endpoint.getHost() == null) {
            throw new IllegalStateException("jifen.dingtalk.api-endpoint must be like https://host[:port], not "
                    + endpoint);
        }
        Config config = new Config();
        config.protocol = endpoint.getScheme();
        config.endpoint = endpoint.getPort() > 0 ? endpoint.getHost() + ":" + endpoint.getPort() : endpoint.getHost();
        config.regionId = "central";
        config.connectTimeout = millis(properties.connectTimeout());
        config.readTimeout = millis(properties.readTimeout());
        return config;
    }

    RuntimeOptions runtime() {
        RuntimeOptions runtime = new RuntimeOptions();
        runtime.autoretry = false;
        runtime.connectTimeout = millis(properties.connectTimeout());
        runtime.readTimeout = millis(properties.readTimeout());
        return runtime;
    }

    /** Issues a new app access token through {@code POST /v1.0/oauth2/accessToken}. */
    AccessTokens.Issued issueToken() throws DeliveryException {
        var request = new com.aliyun.dingtalkoauth2_1_0.models.GetAccessTokenRequest()
                .setAppKey(properties.appKey())
                .setAppSecret(properties.appSecret());
        try {
            var body = oauth2.getAccessTokenWithOptions(request, Map.of(), runtime()).getBody();
            if (body == null || body.getAccessToken() == null || body.getExpireIn() == null) {
                throw new DeliveryException("DingTalk returned no access token", true);
            }
            return new AccessTokens.Issued(body.getAccessToken(), Duration.ofSeconds(body.getExpireIn()));
        } catch (Exception e) {
            throw OpenApiFailures.map("oauth2 accessToken", e);
        }
    }

    private static int millis(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
    }
}
