package cn.jifending.dingtalk.internal;

import cn.jifending.dingtalk.ConditionalOnDingTalkMode;
import cn.jifending.dingtalk.DingTalkMode;
import cn.jifending.dingtalk.DingTalkProperties;
import cn.jifending.bot.BotGateway;
import cn.jifending.notification.MessageTemplates;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What both inbound channels (Stream and HTTP callback) share: the payload parsers and the signature check. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnDingTalkMode({DingTalkMode.STREAM, DingTalkMode.HTTP})
class InboundConfiguration {

    @Bean
    RobotMessageParser robotMessageParser() {
        return new RobotMessageParser();
    }

    @Bean
    CardPresses cardPresses(CardRegistry registry, BotGateway gateway, MessageTemplates templates, Clock clock) {
        return new CardPresses(new CardCallbackParser(), registry, gateway,
                templates.message("card-expired", Map.of()).strip(), clock);
    }

    @Bean
    @ConditionalOnDingTalkMode(DingTalkMode.HTTP)
    RobotSignatureVerifier robotSignatureVerifier(DingTalkProperties properties, Clock clock) {
        return new RobotSignatureVerifier(properties, clock);
    }
}
