package cn.jifending.dingtalk.internal;

import cn.jifending.dingtalk.ConditionalOnDingTalkMode;
import cn.jifending.dingtalk.DingTalkContacts;
import cn.jifending.dingtalk.DingTalkMode;
import cn.jifending.dingtalk.DingTalkPacingProperties;
import cn.jifending.dingtalk.DingTalkProperties;
import cn.jifending.notification.DeliveryQuotaExhausted;
import cn.jifending.notification.Messenger;
import cn.jifending.organization.ContactSource;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

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
    CardRegistry dingTalkCardRegistry(CardMapper cards, Clock clock) {
        return new CardRegistry(cards, clock);
    }

    @Bean
    Messenger dingTalkMessenger(OpenApiSdk sdk, SdkCalls calls, PlainHttp http, OapiClient oapi,
                                CardRegistry cards, DingTalkProperties properties, Environment environment,
                                Clock clock) {
        properties.requireCardTemplate();
        boolean stream = DingTalkMode.resolve(environment) == DingTalkMode.STREAM;
        var openApi = new DingTalkMessenger(sdk, calls, http, new MediaUploader(oapi),
                new PlatformCards(sdk, calls, cards, properties, stream), properties);
        return new SessionWebhookMessenger(openApi, properties, clock);
    }

    /** Http mode: registers the card callback route at start-up; its state is the health of {@code cardCallback}. */
    @Bean
    @ConditionalOnDingTalkMode(DingTalkMode.HTTP)
    CardCallbackRegistration cardCallback(OpenApiSdk sdk, SdkCalls calls, DingTalkProperties properties,
                                          Clock clock) {
        return new CardCallbackRegistration(sdk, calls, properties, clock);
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
