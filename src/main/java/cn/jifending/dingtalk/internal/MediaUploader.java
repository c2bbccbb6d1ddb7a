package cn.jifending.dingtalk.internal;

import cn.jifending.notification.DeliveryException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Uploads a file through oapi {@code /media/upload?type=file} and returns its {@code media_id}. */
final class MediaUploader {

    private final OapiClient oapi;

    MediaUploader(OapiClient oapi) {
        this.oapi = oapi;
    }

    String upload(String fileName, byte[] content) throws DeliveryException {
        String boundary = "jifen-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 512);
        String safeName = fileName.replace("\"", "").replace("\r", "").replace("\n", "");
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"media\"; filename=\""
                + safeName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var answer = oapi.call("/media/upload", "&type=file", "multipart/form-data; boundary=" + boundary,
                body.toByteArray());
        String mediaId = JsonFields.text(answer, "media_id");
        if (mediaId.isBlank()) {
            throw new DeliveryException("oapi /media/upload returned no media_id", true);
        }
        return mediaId;
    }
}
