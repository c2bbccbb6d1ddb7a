package cn.jifending.dingtalk.internal;

import cn.jifending.dingtalk.DingTalkProperties;
import cn.jifending.notification.DeliveryException;
import cn.jifending.notification.OutgoingMessage;
import com.aliyun.dingtalkcard_1_0.models.CreateAndDeliverHeaders;
import com.aliyun.dingtalkcard_1_0.models.CreateAndDeliverRequest;
import com.aliyun.dingtalkcard_1_0.models.UpdateCardHeaders;
import com.aliyun.dingtalkcard_1_0.models.UpdateCardRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every card goes through DingTalk's card platform: {@code POST /v1.0/card/instances/createAndDeliver}
 * creates one instance (outTrackId) on the general template (or the kind's own) and delivers it to
 * every recipient's robot chat ({@code dtv1.card//IM_ROBOT.<userId>;IM_ROBOT.<userId>…}) or to a group
 * ({@code dtv1.card//IM_GROUP.<openConversationId>}); {@code PUT /v1.0/card/instances} changes it for all
 * of them. Presses come back on the Stream topic ({@code callbackType STREAM}) or, in http mode, to the
 * URL registered for {@code callbackRouteKey} ({@code callbackType HTTP}).
 */
final class PlatformCards {

    private static final Logger log = LoggerFactory.getLogger(PlatformCards.class);

    private final OpenApiSdk sdk;
    private final SdkCalls calls;
    private final CardRegistry registry;
    private final DingTalkProperties properties;
    private final boolean streamCallbacks;

    PlatformCards(OpenApiSdk sdk, SdkCalls calls, CardRegistry registry, DingTalkProperties properties,
                  boolean streamCallbacks) {
        this.sdk = sdk;
        this.calls = calls;
        this.registry = registry;
        this.properties = properties;
        this.streamCallbacks = streamCallbacks;
    }

    void create(OutgoingMessage message) throws DeliveryException {
        String outTrackId = requireOutTrackId(message);
        Map<String, String> cardData = cardData(message);
        boolean group = message.groupId() != null && !message.groupId().isBlank();
        if (!group && message.userIds().isEmpty()) {
            throw new DeliveryException("Card message " + message.id() + " has neither users nor a group", false);
        }
        var request = new CreateAndDeliverRequest()
                .setOutTrackId(outTrackId)
                .setCardTemplateId(properties.cardTemplateId(message.cardKind()))
                .setCardData(new CreateAndDeliverRequest.CreateAndDeliverRequestCardData().setCardParamMap(cardData))
                .setUserIdType(1);
        if (streamCallbacks) {
            request.setCallbackType("STREAM");
        } else {
            request.setCallbackType("HTTP").setCallbackRouteKey(properties.cardCallbackRouteKey());
        }
        if (group) {
            request.setOpenSpaceId("dtv1.card//IM_GROUP." + message.groupId())
                    .setImGroupOpenSpaceModel(new CreateAndDeliverRequest.CreateAndDeliverRequestImGroupOpenSpaceModel()
                            .setSupportForward(false))
                    .setImGroupOpenDeliverModel(new CreateAndDeliverRequest.CreateAndDeliverRequestImGroupOpenDeliverModel()
                            .setRobotCode(properties.robotCode()));
        } else {
            String spaces = message.userIds().stream().map(u -> "IM_ROBOT." + u).collect(Collectors.joining(";"));
            request.setOpenSpaceId("dtv1.card//" + spaces)
                    .setImRobotOpenSpaceModel(new CreateAndDeliverRequest.CreateAndDeliverRequestImRobotOpenSpaceModel()
                            .setSupportForward(false))
                    .setImRobotOpenDeliverModel(new CreateAndDeliverRequest.CreateAndDeliverRequestImRobotOpenDeliverModel()
                            .setSpaceType("IM_ROBOT")
                            .setRobotCode(properties.robotCode()));
        }
        // Recorded first: a press can arrive the moment DingTalk shows the card, before this call returns.
        registry.created(new CardRegistry.Card(outTrackId, message.cardKind(), message.userIds(),
                group ? message.groupId() : null, message.cardParams(), cardData));
        var body = calls.call("card createAndDeliver", token -> {
            var headers = new CreateAndDeliverHeaders();
            headers.xAcsDingtalkAccessToken = token;
            return sdk.card.createAndDeliverWithOptions(request, headers, sdk.runtime()).getBody();
        });
        registry.delivered(outTrackId);
        if (body != null && body.getResult() != null && body.getResult().getDeliverResults() != null) {
            body.getResult().getDeliverResults().stream()
                    .filter(r -> !Boolean.TRUE.equals(r.getSuccess()))
                    .forEach(r -> log.warn("Card {} not delivered to {}: {}", outTrackId, r.getSpaceId(),
                            r.getErrorMsg()));
        }
    }

    void update(OutgoingMessage message) throws DeliveryException {
        String outTrackId = requireOutTrackId(message);
        if (!registry.isDelivered(outTrackId)) {
            // The card itself may still be waiting in the outbox (or retrying): let the outbox try again.
            throw new DeliveryException("Card " + outTrackId + " has not been created yet", true);
        }
        Map<String, String> cardData = cardData(message);
        var request = new UpdateCardRequest()
                .setOutTrackId(outTrackId)
                .setCardData(new UpdateCardRequest.UpdateCardRequestCardData().setCardParamMap(cardData))
                .setCardUpdateOptions(new UpdateCardRequest.UpdateCardRequestCardUpdateOptions()
                        .setUpdateCardDataByKey(true))
                .setUserIdType(1);
        calls.call("card update", token -> {
            var headers = new UpdateCardHeaders();
            headers.xAcsDingtalkAccessToken = token;
            return sdk.card.updateCardWithOptions(request, headers, sdk.runtime());
        });
        registry.updated(outTrackId, message.cardKind(), message.cardParams(), cardData);
    }

    /** The card's own params (for a per-kind template) overlaid with the general template's variables. */
    static Map<String, String> cardData(OutgoingMessage message) throws DeliveryException {
        CardLayout layout;
        try {
            layout = CardLayout.parse(message.body(), message.title());
        } catch (IllegalArgumentException e) {
            throw new DeliveryException("Card message " + message.id() + ": " + e.getMessage(), false);
        }
        Map<String, String> data = new LinkedHashMap<>();
        message.cardParams().forEach((k, v) -> data.put(k, v == null ? "" : v));
        data.putAll(layout.cardParamMap());
        return data;
    }

    private static String requireOutTrackId(OutgoingMessage message) throws DeliveryException {
        if (message.outTrackId() == null || message.outTrackId().isBlank()) {
            throw new DeliveryException("Card message " + message.id() + " has no outTrackId", false);
        }
        return message.outTrackId();
    }

    static List<String> variables() {
        return List.copyOf(new CardLayout("", "", "", List.of(), List.of()).cardParamMap().keySet());
    }
}
