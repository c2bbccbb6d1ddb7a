package cn.jifending.dingtalk.internal;

import cn.jifending.dingtalk.DingTalkProperties;
import cn.jifending.notification.DeliveryException;
import cn.jifending.notification.OutgoingMessage;
import com.aliyun.dingtalkim_1_0.models.SendRobotInteractiveCardHeaders;
import com.aliyun.dingtalkim_1_0.models.SendRobotInteractiveCardRequest;
import com.aliyun.dingtalkim_1_0.models.UpdateRobotInteractiveCardHeaders;
import com.aliyun.dingtalkim_1_0.models.UpdateRobotInteractiveCardRequest;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cards on DingTalk's built-in {@code StandardCard} template, through the robot interactive-card API
 * of {@code im_1_0}: {@code POST /v1.0/im/v1.0/robot/interactiveCards/send} (one receiver a call:
 * {@code singleChatReceiver} for a person, {@code openConversationId} for a group) and
 * {@code PUT /v1.0/im/robots/interactiveCards} to replace an instance's card data. Instances and their
 * cardBizIds are kept in {@link CardInstances}; a retried send skips the receivers already served.
 */
final class RobotInteractiveCards {

    private final OpenApiSdk sdk;
    private final SdkCalls calls;
    private final CardInstances instances;
    private final StandardCardLayout layout;
    private final DingTalkProperties properties;
    private final boolean streamCallbacks;

    RobotInteractiveCards(OpenApiSdk sdk, SdkCalls calls, CardInstances instances, StandardCardLayout layout,
                          DingTalkProperties properties, boolean streamCallbacks) {
        this.sdk = sdk;
        this.calls = calls;
        this.instances = instances;
        this.layout = layout;
        this.properties = properties;
        this.streamCallbacks = streamCallbacks;
    }

    void send(OutgoingMessage message, String outTrackId) throws DeliveryException {
        String cardData = layout.cardData(message.body(), message.title());
        Map<String, String> params = message.cardParams();
        if (message.groupId() != null && !message.groupId().isBlank()) {
            deliver(outTrackId, outTrackId, "group:" + message.groupId(), cardData, params,
                    request -> request.setOpenConversationId(message.groupId()));
            return;
        }
        List<String> users = message.userIds();
        if (users.isEmpty()) {
            throw new DeliveryException("Card message " + message.id() + " has neither users nor a group", false);
        }
        for (int i = 0; i < users.size(); i++) {
            String userId = users.get(i);
            String receiver = JsonMapper.shared().writeValueAsString(Map.of("userId", userId));
            deliver(CardInstances.cardBizId(outTrackId, i + 1), outTrackId, "user:" + userId, cardData, params,
                    request -> request.setSingleChatReceiver(receiver));
        }
    }

    /** Replaces the card data of every instance of the card. */
    void update(OutgoingMessage message, String outTrackId) throws DeliveryException {
        List<String> cardBizIds = instances.cardBizIdsOf(outTrackId);
        if (cardBizIds.isEmpty()) {
            // The card itself may still be waiting in the outbox (or retrying): let the outbox try again.
            throw new DeliveryException("No StandardCard instance of " + outTrackId + " to update yet", true);
        }
        String cardData = layout.cardData(message.body(), message.title());
        for (String cardBizId : cardBizIds) {
            var request = new UpdateRobotInteractiveCardRequest()
                    .setCardBizId(cardBizId)
                    .setCardData(cardData)
                    .setUpdateOptions(new UpdateRobotInteractiveCardRequest.UpdateRobotInteractiveCardRequestUpdateOptions()
                            .setUpdateCardDataByKey(false));
            calls.call("im robot interactiveCards update", token -> {
                var headers = new UpdateRobotInteractiveCardHeaders();
                headers.xAcsDingtalkAccessToken = token;
                return sdk.im.updateRobotInteractiveCardWithOptions(request, headers, sdk.runtime());
            });
        }
    }

    private void deliver(String cardBizId, String outTrackId, String receiver, String cardData,
                         Map<String, String> params, java.util.function.Consumer<SendRobotInteractiveCardRequest> target)
            throws DeliveryException {
        if (instances.exists(cardBizId)) {
            return; // delivered by an earlier attempt of this outbox message
        }
        var request = new SendRobotInteractiveCardRequest()
                .setCardTemplateId(DingTalkProperties.BUILT_IN_CARD_TEMPLATE)
                .setCardBizId(cardBizId)
                .setRobotCode(properties.robotCode())
                .setCardData(cardData)
                .setPullStrategy(false);
        target.accept(request);
        if (!streamCallbacks && !properties.cardCallbackRouteKey().isEmpty()) {
            // This API (SDK 2.2.43) has no callbackRouteKey field, only callbackUrl; it is given the route
            // key registered with /v1.0/card/callbacks/register. In stream mode it stays unset and the
            // press arrives on the card callback topic. Both unverified without a real tenant.
            request.setCallbackUrl(properties.cardCallbackRouteKey());
        }
        calls.call("im robot interactiveCards send", token -> {
            var headers = new SendRobotInteractiveCardHeaders();
            headers.xAcsDingtalkAccessToken = token;
            return sdk.im.sendRobotInteractiveCardWithOptions(request, headers, sdk.runtime());
        });
        instances.record(cardBizId, outTrackId, receiver, params);
    }
}
