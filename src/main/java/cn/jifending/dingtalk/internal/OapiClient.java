package cn.jifending.dingtalk.internal;

import cn.jifending.dingtalk.DingTalkProperties;
import cn.jifending.notification.DeliveryException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The old {@code oapi.dingtalk.com} API ({@code jifen.dingtalk.oapi-endpoint}): JSON in and out,
 * the access token as a query parameter, and errors as {@code errcode} in a 200 answer
 * ({@link OapiErrors}). Calls go through {@link SdkCalls}: paced per path, a refused token renewed once,
 * throttling waited out.
 */
final class OapiClient {

    private final String base;
    private final SdkCalls calls;
    private final PlainHttp http;
    private final RestClient rest;

    OapiClient(DingTalkProperties properties, SdkCalls calls, PlainHttp http) {
        this.base = properties.oapiEndpoint().toString().replaceAll("/+$", "");
        this.calls = calls;
        this.http = http;
        var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout()).build());
        factory.setReadTimeout(properties.readTimeout());
        this.rest = RestClient.builder().requestFactory(factory).build();
    }

    OapiClient(DingTalkProperties properties, AccessTokens tokens, PlainHttp http) {
        this(properties, new SdkCalls(tokens), http);
    }

    /** @param path absolute, like {@code /topapi/v2/user/list} */
    JsonNode postJson(String path, Object body) throws DeliveryException {
        byte[] json = JsonMapper.shared().writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        return call(path, "", "application/json", json);
    }

    /**
     * Posts {@code parts} as {@code multipart/form-data} (Spring's RestClient writes the body, its boundary
     * and each part's headers) and returns the answer; an errcode becomes a {@link DingTalkCallException}.
     */
    JsonNode postMultipart(String path, String extraQuery, MultiValueMap<String, ?> parts) throws DeliveryException {
        String api = "oapi " + path;
        return calls.call(api, token -> {
            URI uri = URI.create(base + path + "?access_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                    + extraQuery);
            byte[] raw;
            try {
                raw = rest.post().uri(uri).contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                        .retrieve().body(byte[].class);
            } catch (RestClientResponseException e) {
                throw OpenApiFailures.status(api, e.getStatusCode().value(), "");
            } catch (ResourceAccessException e) {
                throw OpenApiFailures.map(api, e);
            }
            return answer(api, raw);
        });
    }

    /** Posts {@code body} (never empty) and returns the answer; an errcode becomes a {@link DingTalkCallException}. */
    JsonNode call(String path, String extraQuery, String contentType, byte[] body) throws DeliveryException {
        String api = "oapi " + path;
        return calls.call(api, token -> {
            URI uri = URI.create(base + path + "?access_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                    + extraQuery);
            return answer(api, http.post(api, uri, contentType, body));
        });
    }

    private static JsonNode answer(String api, byte[] raw) throws DingTalkCallException {
        JsonNode answer;
        try {
            answer = raw == null ? null : JsonMapper.shared().readTree(raw);
        } catch (JacksonException e) {
            throw new DingTalkCallException(api + " answered no JSON", FailureKind.TRANSIENT, e);
        }
        if (answer == null) {
            throw new DingTalkCallException(api + " answered no JSON", FailureKind.TRANSIENT, null);
        }
        DingTalkCallException failure = OapiErrors.failure(api, answer);
        if (failure != null) {
            throw failure;
        }
        return answer;
    }
}
