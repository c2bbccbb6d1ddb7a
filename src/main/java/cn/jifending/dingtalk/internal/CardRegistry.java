package cn.jifending.dingtalk.internal;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cards we sent through DingTalk's card platform ({@code dingtalk_card}), one row per outTrackId:
 * its kind, who received it, the params it was sent (or last updated) with, and the template variables
 * DingTalk last showed. A press is judged against this record, never against what the callback claims.
 */
final class CardRegistry {

    /** One card as DingTalk holds it. */
    record Card(String outTrackId, String cardKind, List<String> recipients, String groupId,
                Map<String, String> params, Map<String, String> cardData) {

        CardLayout layout() {
            return CardLayout.fromCardData(cardData);
        }
    }

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> LIST = new TypeReference<>() {
    };

    private final CardMapper cards;
    private final Clock clock;

    CardRegistry(CardMapper cards, Clock clock) {
        this.cards = cards;
        this.clock = clock;
    }

    /** Records a card about to be created; a retried create records it again (same outTrackId) as the latest. */
    void created(Card card) {
        LocalDateTime now = now();
        cards.upsert(new CardRow().setOutTrackId(card.outTrackId()).setCardKind(card.cardKind())
                .setRecipients(json(card.recipients())).setGroupId(card.groupId())
                .setCardParams(json(card.params())).setCardData(json(card.cardData()))
                .setCreatedAt(now).setUpdatedAt(now));
    }

    /** DingTalk accepted the card: from now on it can be updated. */
    void delivered(String outTrackId) {
        cards.update(Wrappers.lambdaUpdate(CardRow.class).set(CardRow::getDeliveredAt, now())
                .eq(CardRow::getOutTrackId, outTrackId).isNull(CardRow::getDeliveredAt));
    }

    /** Whether DingTalk holds the card (its createAndDeliver succeeded). */
    boolean isDelivered(String outTrackId) {
        return cards.selectCount(Wrappers.lambdaQuery(CardRow.class)
                .eq(CardRow::getOutTrackId, outTrackId).isNotNull(CardRow::getDeliveredAt)) > 0;
    }

    /** Records the state an update gave the card (for everyone who holds it). */
    void updated(String outTrackId, String cardKind, Map<String, String> params, Map<String, String> cardData) {
        cards.update(Wrappers.lambdaUpdate(CardRow.class)
                .set(CardRow::getCardKind, cardKind).set(CardRow::getCardParams, json(params))
                .set(CardRow::getCardData, json(cardData)).set(CardRow::getUpdatedAt, now())
                .eq(CardRow::getOutTrackId, outTrackId));
    }

    Optional<Card> find(String outTrackId) {
        return Optional.ofNullable(cards.selectById(outTrackId))
                .map(r -> new Card(r.getOutTrackId(), r.getCardKind(),
                        List.copyOf(JsonMapper.shared().readValue(r.getRecipients(), LIST)), r.getGroupId(),
                        JsonMapper.shared().readValue(r.getCardParams(), MAP),
                        JsonMapper.shared().readValue(r.getCardData(), MAP)));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZONE);
    }

    private static String json(Object value) {
        return JsonMapper.shared().writeValueAsString(value);
    }
}
