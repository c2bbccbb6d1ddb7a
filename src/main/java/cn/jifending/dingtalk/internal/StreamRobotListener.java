package cn.jifending.dingtalk.internal;

import cn.jifending.bot.BotGateway;
import cn.jifending.bot.InvalidInboundException;
import com.dingtalk.open.app.api.callback.OpenDingTalkCallbackListener;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stream topic {@code /v1.0/im/bot/messages/get}. The SDK hands over the raw JSON (the request
 * type is {@code String}) and acknowledges with whatever this returns, so the acknowledgement
 * leaves only after the bot has recorded the message. When the bot throws, the exception goes
 * back to the SDK, which answers DingTalk with an error status and DingTalk redelivers.
 */
public class StreamRobotListener implements OpenDingTalkCallbackListener<String, Map<String, Object>> {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(StreamRobotListener.class);

    private final transient RobotMessageParser parser;
    private final transient BotGateway gateway;

    public StreamRobotListener(RobotMessageParser parser, BotGateway gateway) {
        this.parser = parser;
        this.gateway = gateway;
    }

    @Override
    public Map<String, Object> execute(String payload) {
        try {
            gateway.onMessage(parser.parse(payload));
        } catch (MalformedPayloadException | InvalidInboundException e) {
            // redelivering it would never help: acknowledge and keep the evidence in the log
            log.error("Dropped an unreadable DingTalk robot message ({}): {}", e.getMessage(), payload);
        }
        return Map.of();
    }
}
