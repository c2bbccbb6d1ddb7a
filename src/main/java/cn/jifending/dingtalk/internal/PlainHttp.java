package cn.jifending.dingtalk.internal;

import cn.jifending.dingtalk.DingTalkProperties;
import cn.jifending.notification.DeliveryException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Plain HTTP for what the OpenAPI SDK does not cover: fetching a temporary download URL and the
 * old {@code oapi} JSON endpoints (contacts, sign-in codes); the media upload's multipart body is
 * written by Spring's RestClient in {@link OapiClient#postMultipart}. A POST always carries its body as bytes with a
 * {@code Content-Length}; an empty body is refused before anything is sent.
 */
final class PlainHttp {

    private final HttpClient client;
    private final Duration readTimeout;

    PlainHttp(DingTalkProperties properties) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.readTimeout = properties.readTimeout();
    }

    /** GETs the bytes at once; non-2xx and I/O failures become a {@link DeliveryException}. */
    byte[] fetch(String call, URI uri) throws DeliveryException {
        return send(call, HttpRequest.newBuilder(uri).GET());
    }

    byte[] post(String call, URI uri, String contentType, byte[] body) throws DeliveryException {
        if (body == null || body.length == 0) {
            throw new DingTalkCallException(call + ": refusing to send an empty body", FailureKind.REJECTED, null);
        }
        return send(call, HttpRequest.newBuilder(uri).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private byte[] send(String call, HttpRequest.Builder request) throws DeliveryException {
        try {
            HttpResponse<byte[]> response = client.send(request.timeout(readTimeout).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) {
                throw OpenApiFailures.status(call, response.statusCode(), "");
            }
            return response.body();
        } catch (IOException e) {
            throw OpenApiFailures.map(call, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DingTalkCallException(call + " interrupted", FailureKind.TRANSIENT, e);
        }
    }
}
