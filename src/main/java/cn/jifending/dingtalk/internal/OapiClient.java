package cn.jifending.dingtalk.internal;

import cn.jifending.dingtalk.DingTalkProperties;
import cn.jifending.notification.DeliveryException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

    OapiClient(DingTalkProperties properties, SdkCalls calls, PlainHttp http) {
        this.base = properties.oapiEndpoint().toString().replaceAll("/+$", "");
        this.calls = calls;
        this.http = http;
    }

    OapiClient(DingTalkProperties properties, AccessTokens tokens, PlainHttp http) {
        this(properties, new SdkCalls(tokens), http);
    }

    /** @param path absolute, like {@code /topapi/v2/user/list} */
    JsonNode postJson(String path, Object body) throws DeliveryException {
        byte[] json = JsonMapper.shared().writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        return call(path, "", "application/json", json);
    }

    /** Posts {@code body} (never empty) and returns the answer; an errcode becomes a {@link DingTalkCallException}. */
    JsonNode call(String path, String extraQuery, String contentType, byte[] body) throws DeliveryException {
        String api = "oapi " + path;
        return calls.call(api, token -> {
            URI uri = URI.create(base + path + "?access_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                    + extraQuery);
            byte[] raw = http.post(api, uri, contentType, body);
            JsonNode answer;
            try {
                answer = JsonMapper.shared().readTree(raw);
            } catch (JacksonException e) {
                throw new DingTalkCallException(api + " answered no JSON", FailureKind.TRANSIENT, e);
            }
            DingTalkCallException failure = OapiErrors.failure(api, answer);
            if (failure != null) {
                throw failure;
            }
            return answer;
        });
    }
}
