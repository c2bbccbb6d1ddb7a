package cn.jifending.dingtalk.internal;

import cn.jifending.bot.BotGateway;
import cn.jifending.bot.CardAction;
import cn.jifending.bot.InboundLimits;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what a card press does, the same for Stream and HTTP callbacks, and what DingTalk is
 * answered (the callback response may carry {@code cardData} + {@code cardUpdateOptions}, which DingTalk
 * applies to the card at once).
 *
 * <ul>
 *   <li>A press on a card we never sent: no effect; the card is answered as 此卡片已失效 without buttons.</li>
 *   <li>A press on a button the card no longer has (it was decided): no effect; the answer is the card's
 *       current state.</li>
 *   <li>Otherwise the bot gets a {@link CardAction} with the button's action id, the params the card was
 *       sent with, and only the card's declared inputs from the press; the answer (an empty object) is
 *       given only after the bot returned, so the action is recorded before DingTalk hears back.</li>
 * </ul>
 */
final class CardPresses {

    private static final Logger log = LoggerFactory.getLogger(CardPresses.class);

    private final CardCallbackParser parser;
    private final CardRegistry registry;
    private final BotGateway gateway;
    private final String expiredText;
    private final Clock clock;

    CardPresses(CardCallbackParser parser, CardRegistry registry, BotGateway gateway, String expiredText,
                Clock clock) {
        this.parser = parser;
        this.registry = registry;
        this.gateway = gateway;
        this.expiredText = expiredText;
        this.clock = clock;
    }

    /**
     * @throws MalformedPayloadException when the payload is not a card callback
     * @throws cn.jifending.bot.InvalidInboundException when a field is outside its bound
     */
    Map<String, Object> handle(String payload) {
        CardCallbackParser.Press press = parser.parse(payload);
        // bounds first: an out-of-bounds press is refused (HTTP 400), not answered as an unknown card
        InboundLimits.checkCardAction(press.outTrackId(), press.userId(), press.pressedId(), press.params());
        Optional<CardRegistry.Card> card = registry.find(press.outTrackId());
        if (card.isEmpty()) {
            log.info("Press on unknown card {} by {}: answered as expired", press.outTrackId(), press.userId());
            return answer(expired());
        }
        CardLayout layout = card.get().layout();
        Optional<String> action = layout.action(press.pressedId());
        if (action.isEmpty()) {
            log.info("Press {} on card {} by {}, which no longer has that button: answered with its state",
                    press.pressedId(), press.outTrackId(), press.userId());
            return answer(card.get().cardData());
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        press.params().forEach((key, value) -> layout.input(key)
                .ifPresent(input -> inputs.merge(input.name(), value, (a, b) -> a.isBlank() ? b : a)));
        Map<String, String> params = new LinkedHashMap<>(card.get().params());
        inputs.forEach((name, value) -> {
            if (!value.isBlank()) {
                params.put(name, value.strip());
            }
        });
        gateway.onCardAction(new CardAction(press.outTrackId(), press.userId(), action.get(), params,
                clock.instant(), inputs, card.get().cardKind(), card.get().recipients()));
        return Map.of();
    }

    private Map<String, String> expired() {
        Map<String, String> data = new LinkedHashMap<>(
                new CardLayout("", "", expiredText, java.util.List.of(), java.util.List.of()).cardParamMap());
        data.remove("title");
        data.remove("markdown");
        return data;
    }

    /** The callback response that shows {@code cardData} at once (only the keys given change). */
    private static Map<String, Object> answer(Map<String, String> cardData) {
        return Map.of("cardData", Map.of("cardParamMap", Map.copyOf(cardData)),
                "cardUpdateOptions", Map.of("updateCardDataByKey", true));
    }
}
