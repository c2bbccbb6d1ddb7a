package cn.jifending.dingtalk.internal;

import cn.jifending.dingtalk.DingTalkProperties;
import cn.jifending.notification.DeliveryException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The old {@code oapi.dingtalk.com} API ({@code jifen.dingtalk.oapi-endpoint}): JSON in and out,
 * the access token as a query parameter, and errors as {@code errcode} in a 200 answer.
 */
final class OapiClient {

    /** errcode values DingTalk documents as "busy / throttled, try later". */
    private static final java.util.Set<Integer> RETRYABLE_ERRCODES = java.util.Set.of(-1, 88, 90002, 90018, 90006);
    private static final java.util.Set<Integer> TOKEN_ERRCODES = java.util.Set.of(40014, 42001);

    private final String base;
    private final AccessTokens tokens;
    private final PlainHttp http;

    OapiClient(DingTalkProperties properties, AccessTokens tokens, PlainHttp http) {
        this.base = properties.oapiEndpoint().toString().replaceAll("/+$", "");
        this.tokens = tokens;
        this.http = http;
    }

    /** @param path absolute, like {@code /topapi/v2/user/list} */
    JsonNode postJson(String path, Object body) throws DeliveryException {
        String json = JsonMapper.shared().writeValueAsString(body);
        return call(path, "", "application/json", HttpRequest.BodyPublishers.ofString(json));
    }

    JsonNode call(String path, String extraQuery, String contentType, HttpRequest.BodyPublisher body)
            throws DeliveryException {
        String token = tokens.get();
        URI uri = URI.create(base + path + "?access_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                + extraQuery);
        byte[] raw = http.post("oapi " + path, uri, contentType, body);
        JsonNode answer;
        try {
            answer = JsonMapper.shared().readTree(raw);
        } catch (JacksonException e) {
            throw new DeliveryException("oapi " + path + " answered no JSON", true, e);
        }
        int errcode = answer.path("errcode").asInt(0);
        if (errcode != 0) {
            if (TOKEN_ERRCODES.contains(errcode)) {
                tokens.invalidate(token);
            }
            boolean retryable = RETRYABLE_ERRCODES.contains(errcode) || TOKEN_ERRCODES.contains(errcode);
            throw new DeliveryException("oapi " + path + " failed: errcode " + errcode + " "
                    + JsonFields.text(answer, "errmsg"), retryable);
        }
        return answer;
    }
}
