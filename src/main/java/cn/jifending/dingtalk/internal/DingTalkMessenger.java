package cn.jifending.dingtalk.internal;

import cn.jifending.dingtalk.DingTalkProperties;
import cn.jifending.notification.DeliveryException;
import cn.jifending.notification.Messenger;
import cn.jifending.notification.OutgoingMessage;
import com.aliyun.dingtalkrobot_1_0.models.BatchSendOTOHeaders;
import com.aliyun.dingtalkrobot_1_0.models.BatchSendOTORequest;
import com.aliyun.dingtalkrobot_1_0.models.OrgGroupSendHeaders;
import com.aliyun.dingtalkrobot_1_0.models.OrgGroupSendRequest;
import com.aliyun.dingtalkrobot_1_0.models.RobotMessageFileDownloadHeaders;
import com.aliyun.dingtalkrobot_1_0.models.RobotMessageFileDownloadRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers outbox messages through DingTalk's OpenAPI: one-to-one robot messages with
 * {@code batchSendOTO} (at most 20 users a call), group messages with {@code orgGroupSend},
 * cards through the card platform ({@link PlatformCards}), files and pictures via an oapi media upload
 * ({@code sampleFile}, {@code sampleImageMsg}), and
 * downloads of files users sent the robot.
 */
final class DingTalkMessenger implements Messenger {

    static final int MAX_USERS_PER_BATCH = 20;
    private static final Logger log = LoggerFactory.getLogger(DingTalkMessenger.class);

    private final OpenApiSdk sdk;
    private final PlainHttp http;
    private final MediaUploader media;
    private final DingTalkProperties properties;
    private final SdkCalls calls;
    private final PlatformCards cards;

    DingTalkMessenger(OpenApiSdk sdk, SdkCalls calls, PlainHttp http, MediaUploader media, PlatformCards cards,
                      DingTalkProperties properties) {
        this.sdk = sdk;
        this.calls = calls;
        this.cards = cards;
        this.http = http;
        this.media = media;
        this.properties = properties;
    }

    @Override
    public void send(OutgoingMessage message) throws DeliveryException {
        switch (message.kind()) {
            case TEXT -> robotMessage(message, "sampleText", Map.of("content", nullToEmpty(message.body())));
            case MARKDOWN -> robotMessage(message, "sampleMarkdown",
                    Map.of("title", nullToEmpty(message.title()), "text", nullToEmpty(message.body())));
            case CARD -> cards.create(message);
            case CARD_UPDATE -> cards.update(message);
            case FILE -> sendFile(message);
            case IMAGE -> sendImage(message);
        }
    }

    @Override
    public byte[] download(String downloadCode) throws DeliveryException {
        var request = new RobotMessageFileDownloadRequest()
                .setDownloadCode(downloadCode)
                .setRobotCode(properties.robotCode());
        String url = call("robot messageFiles/download", token -> {
            var headers = new RobotMessageFileDownloadHeaders();
            headers.xAcsDingtalkAccessToken = token;
            var body = sdk.robot.robotMessageFileDownloadWithOptions(request, headers, sdk.runtime()).getBody();
            return body == null ? null : body.getDownloadUrl();
        });
        if (url == null || url.isBlank()) {
            throw new DeliveryException("DingTalk gave no download URL for " + downloadCode, false);
        }
        return http.fetch("download " + downloadCode, URI.create(url));
    }

    private void robotMessage(OutgoingMessage message, String msgKey, Map<String, String> param)
            throws DeliveryException {
        String msgParam = JsonMapper.shared().writeValueAsString(param);
        if (message.groupId() != null && !message.groupId().isBlank()) {
            var request = new OrgGroupSendRequest()
                    .setRobotCode(properties.robotCode())
                    .setOpenConversationId(message.groupId())
                    .setMsgKey(msgKey)
                    .setMsgParam(msgParam);
            calls.send("robot groupMessages/send", token -> { // no idempotency key: never resent blindly
                var headers = new OrgGroupSendHeaders();
                headers.xAcsDingtalkAccessToken = token;
                return sdk.robot.orgGroupSendWithOptions(request, headers, sdk.runtime());
            });
            return;
        }
        List<String> users = recipients(message);
        for (int from = 0; from < users.size(); from += MAX_USERS_PER_BATCH) {
            List<String> batch = users.subList(from, Math.min(users.size(), from + MAX_USERS_PER_BATCH));
            var request = new BatchSendOTORequest()
                    .setRobotCode(properties.robotCode())
                    .setUserIds(List.copyOf(batch))
                    .setMsgKey(msgKey)
                    .setMsgParam(msgParam);
            var body = calls.send("robot oToMessages/batchSend", token -> { // no idempotency key
                var headers = new BatchSendOTOHeaders();
                headers.xAcsDingtalkAccessToken = token;
                return sdk.robot.batchSendOTOWithOptions(request, headers, sdk.runtime()).getBody();
            });
            if (body != null && body.getInvalidStaffIdList() != null && !body.getInvalidStaffIdList().isEmpty()) {
                log.warn("Outbox message {}: DingTalk does not know users {}", message.id(),
                        body.getInvalidStaffIdList());
            }
            if (body != null && body.getFlowControlledStaffIdList() != null
                    && !body.getFlowControlledStaffIdList().isEmpty()) {
                log.warn("Outbox message {}: DingTalk throttled delivery to {}", message.id(),
                        body.getFlowControlledStaffIdList());
            }
        }
    }

    private void sendFile(OutgoingMessage message) throws DeliveryException {
        if (message.fileBytes() == null) {
            throw new DeliveryException("FILE message " + message.id() + " has no content", false);
        }
        String fileName = message.title() == null || message.title().isBlank() ? "file" : message.title();
        String mediaId = media.upload(fileName, message.fileBytes());
        Map<String, String> param = new LinkedHashMap<>();
        param.put("mediaId", mediaId);
        param.put("fileName", fileName);
        param.put("fileType", extension(fileName));
        robotMessage(message, "sampleFile", param);
    }

    /** A picture in the chat: uploaded as {@code type=image}, then {@code sampleImageMsg} with the media id as {@code photoURL}. */
    private void sendImage(OutgoingMessage message) throws DeliveryException {
        if (message.fileBytes() == null) {
            throw new DeliveryException("IMAGE message " + message.id() + " has no content", false);
        }
        String fileName = message.title() == null || message.title().isBlank() ? "image.png" : message.title();
        String mediaId = media.upload(fileName, message.fileBytes(), MediaUploader.Type.IMAGE);
        robotMessage(message, "sampleImageMsg", Map.of("photoURL", mediaId));
    }

    private <T> T call(String what, SdkCalls.SdkCall<T> call) throws DeliveryException {
        return calls.call(what, call);
    }

    private static List<String> recipients(OutgoingMessage message) throws DeliveryException {
        if (message.userIds().isEmpty()) {
            throw new DeliveryException("Outbox message " + message.id() + " has neither users nor a group", false);
        }
        return message.userIds();
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
