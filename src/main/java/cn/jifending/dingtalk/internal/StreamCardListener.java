package cn.jifending.dingtalk.internal;

import cn.jifending.bot.InvalidInboundException;
import com.dingtalk.open.app.api.callback.OpenDingTalkCallbackListener;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stream topic {@code /v1.0/card/instances/callback}: a press on one of our cards (created with
 * {@code callbackType STREAM}). The SDK's callback executor answers DingTalk with what this returns,
 * so the answer goes only after {@link CardPresses} has had the bot record the action; a bot failure
 * is rethrown and DingTalk gets an error instead of an acknowledgement.
 */
public class StreamCardListener implements OpenDingTalkCallbackListener<String, Map<String, Object>> {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(StreamCardListener.class);

    private final transient CardPresses presses;

    StreamCardListener(CardPresses presses) {
        this.presses = presses;
    }

    @Override
    public Map<String, Object> execute(String payload) {
        try {
            return presses.handle(payload);
        } catch (MalformedPayloadException | InvalidInboundException e) {
            log.error("Dropped an unreadable DingTalk card callback ({}): {}", e.getMessage(), payload);
            return Map.of();
        }
    }
}
