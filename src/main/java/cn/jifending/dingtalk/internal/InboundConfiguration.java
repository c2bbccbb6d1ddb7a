package cn.jifending.dingtalk.internal;

import cn.jifending.dingtalk.ConditionalOnDingTalkMode;
import cn.jifending.dingtalk.DingTalkMode;
import cn.jifending.dingtalk.DingTalkProperties;
import java.time.Clock;
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
    CardCallbackParser cardCallbackParser(Clock clock, CardInstances cardInstances) {
        return new CardCallbackParser(clock, cardInstances::find);
    }

    @Bean
    @ConditionalOnDingTalkMode(DingTalkMode.HTTP)
    RobotSignatureVerifier robotSignatureVerifier(DingTalkProperties properties, Clock clock) {
        return new RobotSignatureVerifier(properties, clock);
    }
}
