package cn.jifending.dingtalk.internal;

import cn.jifending.notification.DeliveryException;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Uploads a file or a picture through oapi {@code /media/upload?type=file|image} (the form field
 * {@code media}, written by Spring's RestClient as {@code multipart/form-data}) and returns its
 * {@code media_id}, which a robot message then names ({@code sampleFile}, {@code sampleImageMsg}).
 * DingTalk answers {@code {"errcode":0,"errmsg":"ok","media_id":"@lADP..","created_at":..,"type":"image"}}.
 */
final class MediaUploader {

    static final String PATH = "/media/upload";

    /** DingTalk's media types: {@code file} (at most 20 MB) and {@code image} (jpg, gif, png, bmp; at most 20 MB). */
    enum Type { FILE, IMAGE }

    private final OapiClient oapi;

    MediaUploader(OapiClient oapi) {
        this.oapi = oapi;
    }

    String upload(String fileName, byte[] content) throws DeliveryException {
        return upload(fileName, content, Type.FILE);
    }

    String upload(String fileName, byte[] content, Type type) throws DeliveryException {
        if (content == null || content.length == 0) {
            throw new DingTalkCallException("oapi " + PATH + ": refusing to upload an empty file", FailureKind.REJECTED, null);
        }
        String safeName = fileName.replace("\"", "").replace("\r", "").replace("\n", "");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type == Type.IMAGE ? MediaType.IMAGE_PNG : MediaType.APPLICATION_OCTET_STREAM);
        headers.setContentDisposition(ContentDisposition.formData().name("media").filename(safeName).build());
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("media", new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return safeName;
            }
        }, headers));
        var answer = oapi.postMultipart(PATH, "&type=" + type.name().toLowerCase(java.util.Locale.ROOT), parts);
        String mediaId = JsonFields.text(answer, "media_id");
        if (mediaId.isBlank()) {
            throw new DeliveryException("oapi " + PATH + " returned no media_id", true);
        }
        return mediaId;
    }
}
