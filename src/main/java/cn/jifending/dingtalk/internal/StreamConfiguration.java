package cn.jifending.dingtalk.internal;

import cn.jifending.bot.BotGateway;
import cn.jifending.dingtalk.ConditionalOnDingTalkMode;
import cn.jifending.dingtalk.DingTalkMode;
import cn.jifending.dingtalk.DingTalkProperties;
import com.dingtalk.open.app.api.KeepAliveOption;
import com.dingtalk.open.app.api.OpenDingTalkClient;
import com.dingtalk.open.app.api.OpenDingTalkStreamClientBuilder;
import com.dingtalk.open.app.api.callback.DingTalkStreamTopics;
import com.dingtalk.open.app.api.security.AuthClientCredential;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Stream mode: one outbound WebSocket to DingTalk carries robot messages and card callbacks. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnDingTalkMode(DingTalkMode.STREAM)
class StreamConfiguration {

    @Bean
    StreamRobotListener streamRobotListener(RobotMessageParser parser, BotGateway gateway) {
        return new StreamRobotListener(parser, gateway);
    }

    @Bean
    StreamCardListener streamCardListener(CardPresses presses) {
        return new StreamCardListener(presses);
    }

    @Bean
    StreamConnection dingTalkStreamConnection(DingTalkProperties properties, StreamRobotListener robot,
                                              StreamCardListener card) {
        properties.requireCredentials();
        return new StreamConnection(() -> client(properties, robot, card));
    }

    static OpenDingTalkClient client(DingTalkProperties properties, StreamRobotListener robot,
                                     StreamCardListener card) {
        return OpenDingTalkStreamClientBuilder.custom()
                .credential(new AuthClientCredential(properties.appKey(), properties.appSecret()))
                .registerCallbackListener(DingTalkStreamTopics.BOT_MESSAGE_TOPIC, robot)
                .registerCallbackListener(DingTalkStreamTopics.CARD_CALLBACK_TOPIC, card)
                .connectTimeout(properties.connectTimeout().toMillis())
                .keepAlive(KeepAliveOption.create())
                .build();
    }
}
