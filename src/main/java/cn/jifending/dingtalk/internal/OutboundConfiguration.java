package cn.jifending.dingtalk.internal;

import cn.jifending.dingtalk.ConditionalOnDingTalkMode;
import cn.jifending.dingtalk.DingTalkContacts;
import cn.jifending.dingtalk.DingTalkMode;
import cn.jifending.dingtalk.DingTalkPacingProperties;
import cn.jifending.dingtalk.DingTalkProperties;
import cn.jifending.notification.DeliveryQuotaExhausted;
import cn.jifending.notification.MessageTemplates;
import cn.jifending.notification.Messenger;
import cn.jifending.organization.ContactSource;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The OpenAPI side, present whenever the bot is really connected to DingTalk (stream or http mode). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnDingTalkMode({DingTalkMode.STREAM, DingTalkMode.HTTP})
class OutboundConfiguration {

    @Bean
    OpenApiSdk dingTalkOpenApiSdk(DingTalkProperties properties) {
        properties.requireCredentials();
        return new OpenApiSdk(properties);
    }

    @Bean
    AccessTokens dingTalkAccessTokens(OpenApiSdk sdk, DingTalkProperties properties, Clock clock) {
        return new AccessTokens(sdk::issueToken, clock, properties.tokenRefreshMargin());
    }

    @Bean
    ApiRateLimiter dingTalkApiRateLimiter(DingTalkPacingProperties pacing) {
        return new ApiRateLimiter(pacing);
    }

    /** Every OpenAPI and oapi call: paced, token renewed once when refused, throttling waited out. */
    @Bean
    SdkCalls dingTalkSdkCalls(AccessTokens tokens, ApiRateLimiter limiter, DingTalkPacingProperties pacing,
                              ApplicationEventPublisher events, Clock clock) {
        return new SdkCalls(tokens, limiter, pacing, (api, retryAfter) -> events.publishEvent(
                new DeliveryQuotaExhausted("dingtalk", api, retryAfter, clock.instant())));
    }

    @Bean
    PlainHttp dingTalkPlainHttp(DingTalkProperties properties) {
        return new PlainHttp(properties);
    }

    @Bean
    OapiClient dingTalkOapiClient(DingTalkProperties properties, SdkCalls calls, PlainHttp http) {
        return new OapiClient(properties, calls, http);
    }

    @Bean
    CardInstances dingTalkCardInstances(JdbcClient jdbc, Clock clock) {
        return new CardInstances(jdbc, clock);
    }

    @Bean
    Messenger dingTalkMessenger(OpenApiSdk sdk, SdkCalls calls, PlainHttp http, OapiClient oapi,
                                CardInstances cardInstances, MessageTemplates templates,
                                DingTalkProperties properties, Environment environment, Clock clock) {
        boolean stream = DingTalkMode.resolve(environment) == DingTalkMode.STREAM;
        StandardCardLayout layout = new StandardCardLayout(
                labels -> templates.message("card-inputs-hint", Map.of("fields", String.join("、", labels))));
        RobotInteractiveCards standardCards = new RobotInteractiveCards(sdk, calls, cardInstances, layout,
                properties, stream);
        var openApi = new DingTalkMessenger(sdk, calls, http, new MediaUploader(oapi), standardCards, properties, stream);
        return new SessionWebhookMessenger(openApi, properties, clock);
    }

    @Bean
    DingTalkContacts dingTalkContacts(OapiClient oapi) {
        return new OapiContacts(oapi);
    }

    /** The organization's contacts port (member sync), only when connected to DingTalk. */
    @Bean
    ContactSource dingTalkContactSource(DingTalkContacts contacts) {
        return new DingTalkContactSource(contacts);
    }
}
