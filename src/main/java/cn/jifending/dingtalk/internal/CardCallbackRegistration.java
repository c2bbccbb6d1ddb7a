package cn.jifending.dingtalk.internal;

import cn.jifending.dingtalk.DingTalkProperties;
import cn.jifending.notification.DeliveryException;
import com.aliyun.dingtalkcard_1_0.models.RegisterCallbackHeaders;
import com.aliyun.dingtalkcard_1_0.models.RegisterCallbackRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;

/**
 * Http mode: tells DingTalk where presses on our cards go, with {@code POST /v1.0/card/callbacks/register}
 * ({@code callbackRouteKey} → {@code <callback-base-url>/dingtalk/card/<token>}, {@code forceUpdate} so a
 * restart or a moved URL simply registers again). Runs at start-up; a failure does not stop the
 * application but shows as DOWN in {@code /actuator/health} (component {@code cardCallback}), and the
 * next health check at least a minute later tries again.
 */
final class CardCallbackRegistration implements SmartLifecycle, HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(CardCallbackRegistration.class);
    private static final Duration RETRY_AFTER = Duration.ofMinutes(1);

    private final OpenApiSdk sdk;
    private final SdkCalls calls;
    private final DingTalkProperties properties;
    private final URI callbackUrl;
    private final Clock clock;
    private volatile boolean running;
    private volatile boolean registered;
    private volatile String lastError = "not registered yet";
    private volatile Instant lastAttempt = Instant.MIN;

    CardCallbackRegistration(OpenApiSdk sdk, SdkCalls calls, DingTalkProperties properties, Clock clock) {
        this.sdk = sdk;
        this.calls = calls;
        this.properties = properties;
        this.callbackUrl = properties.requireCardCallbackUrl();
        this.clock = clock;
    }

    /** @return whether DingTalk accepted the registration */
    synchronized boolean register() {
        lastAttempt = clock.instant();
        var request = new RegisterCallbackRequest()
                .setCallbackRouteKey(properties.cardCallbackRouteKey())
                .setCallbackUrl(callbackUrl.toString())
                .setForceUpdate(true);
        try {
            calls.call("card callbacks/register", token -> {
                var headers = new RegisterCallbackHeaders();
                headers.xAcsDingtalkAccessToken = token;
                return sdk.card.registerCallbackWithOptions(request, headers, sdk.runtime());
            });
            registered = true;
            lastError = "";
            log.info("Card callback route {} registered for {}", properties.cardCallbackRouteKey(),
                    callbackUrl.resolve("/dingtalk/card/***"));
        } catch (DeliveryException e) {
            registered = false;
            lastError = e.getMessage();
            log.error("Cannot register the card callback route {}: {}", properties.cardCallbackRouteKey(),
                    e.getMessage());
        }
        return registered;
    }

    @Override
    public Health health() {
        if (!registered && clock.instant().isAfter(lastAttempt.plus(RETRY_AFTER))) {
            register();
        }
        Health.Builder health = registered ? Health.up() : Health.down().withDetail("error", lastError);
        return health.withDetail("routeKey", properties.cardCallbackRouteKey()).build();
    }

    @Override
    public void start() {
        running = true;
        register();
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
