package cn.jifending.dingtalk.internal;

import cn.jifending.bot.BotGateway;
import cn.jifending.bot.InvalidInboundException;
import com.dingtalk.open.app.api.callback.OpenDingTalkCallbackListener;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stream topic {@code /v1.0/card/instances/callback}: a button pressed on one of our cards.
 * Acknowledged only after the bot returns; a bot failure is rethrown so DingTalk sees an error.
 * The card itself is updated later through the outbox, so the answer carries no card data.
 */
public class StreamCardListener implements OpenDingTalkCallbackListener<String, Map<String, Object>> {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(StreamCardListener.class);

    private final transient CardCallbackParser parser;
    private final transient BotGateway gateway;

    public StreamCardListener(CardCallbackParser parser, BotGateway gateway) {
        this.parser = parser;
        this.gateway = gateway;
    }

    @Override
    public Map<String, Object> execute(String payload) {
        try {
            gateway.onCardAction(parser.parse(payload));
        } catch (MalformedPayloadException | InvalidInboundException e) {
            log.error("Dropped an unreadable DingTalk card callback ({}): {}", e.getMessage(), payload);
        }
        return Map.of();
    }
}
