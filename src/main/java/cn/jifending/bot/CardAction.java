package cn.jifending.bot;

import java.time.Instant;
import java.util.Map;

/**
 * A button pressed on an interactive card. The same {@code outTrackId} + {@code actionId} +
 * {@code userId} handled twice has one effect.
 *
 * @param outTrackId the card instance id we gave the card when we sent it
 * @param userId     DingTalk {@code userid} of whoever pressed
 * @param actionId   the button's action id (from {@code cardPrivateData.actionIds})
 * @param params     the card's private params and any inputs, all strings
 * @throws InvalidInboundException when a field is missing or outside its {@link InboundLimits bound}
 */
public record CardAction(String outTrackId, String userId, String actionId,
                         Map<String, String> params, Instant receivedAt) {

    public CardAction {
        InboundLimits.checkCardAction(outTrackId, userId, actionId, params);
        params = params == null ? Map.of() : Map.copyOf(params);
        receivedAt = receivedAt == null ? Instant.now() : receivedAt;
    }
}
