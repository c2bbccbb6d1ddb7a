package cn.jifending.bot;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A button pressed on an interactive card. The same {@code outTrackId} + {@code actionId} +
 * {@code userId} + {@code inputs} handled twice has one effect; the same press with other inputs
 * (驳回 again, now with its reason) is a new action.
 *
 * @param outTrackId the card instance id we gave the card when we sent it
 * @param userId     DingTalk {@code userid} of whoever pressed
 * @param actionId   the button's action id
 * @param params     the params the card was sent with, overlaid with the press's declared inputs; all strings
 * @param inputs     what the presser typed into the card's declared inputs (name → value)
 * @param cardKind   the card's kind ({@code bot-templates/cards/<kind>.json}) as the channel last showed it,
 *                   or null when the channel cannot tell
 * @param recipients who received the card (userids), empty when the channel cannot tell or for a group card
 * @throws InvalidInboundException when a field is missing or outside its {@link InboundLimits bound}
 */
public record CardAction(String outTrackId, String userId, String actionId, Map<String, String> params,
                         Instant receivedAt, Map<String, String> inputs, String cardKind, List<String> recipients) {

    public CardAction {
        InboundLimits.checkCardAction(outTrackId, userId, actionId, params);
        params = params == null ? Map.of() : Map.copyOf(params);
        receivedAt = receivedAt == null ? Instant.now() : receivedAt;
        inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** A press from a channel that knows only the params: every param counts as an input for deduplication. */
    public CardAction(String outTrackId, String userId, String actionId, Map<String, String> params,
                      Instant receivedAt) {
        this(outTrackId, userId, actionId, params, receivedAt, params, null, List.of());
    }

    /** Whether the channel says this user received the card. */
    public boolean sentTo(String user) {
        return recipients.contains(user);
    }
}
