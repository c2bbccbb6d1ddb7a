package cn.jifending.dingtalk.internal;

import static cn.jifending.dingtalk.internal.FakeDingTalk.json;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jifending.MutableClock;
import cn.jifending.dingtalk.DingTalkProperties;
import cn.jifending.organization.AuthCodes;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The H5 sign-in code exchange against the fake DingTalk, answering as oapi getuserinfo does. */
class OapiAuthCodesTests {

    private FakeDingTalk fake;
    private OapiAuthCodes codes;

    @BeforeEach
    void start() {
        fake = new FakeDingTalk();
        DingTalkProperties properties = fake.properties(Map.of(), Duration.ofSeconds(5));
        OpenApiSdk sdk = new OpenApiSdk(properties);
        AccessTokens tokens = new AccessTokens(sdk::issueToken, new MutableClock(Instant.EPOCH),
                properties.tokenRefreshMargin());
        codes = new OapiAuthCodes(new OapiClient(properties, tokens, new PlainHttp(properties)));
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void aValidCodeGivesTheUserId() throws Exception {
        fake.server.stubFor(post(urlPathEqualTo(OapiAuthCodes.PATH)).withRequestBody(equalToJson("{\"code\":\"c0de\"}"))
                .willReturn(json("""
                        {"errcode":0,"errmsg":"ok","result":{"userid":"manager4220","device_id":"d1","sys":false,
                         "sys_level":0,"associated_unionid":"","unionid":"u1","name":"张三"},"request_id":"r1"}""")));

        assertThat(codes.userIdFor(" c0de ")).contains("manager4220");
        assertThat(fake.requests(OapiAuthCodes.PATH)).hasSize(1);
    }

    @Test
    void aForgedExpiredOrUsedCodeIsARefusal() throws Exception {
        fake.server.stubFor(post(urlPathEqualTo(OapiAuthCodes.PATH))
                .willReturn(json("{\"errcode\":40078,\"errmsg\":\"不存在的临时授权码\",\"request_id\":\"r2\"}")));

        assertThat(codes.userIdFor("forged")).isEmpty();
        assertThat(fake.requests(OapiAuthCodes.PATH)).hasSize(1);
    }

    @Test
    void aBlankCodeIsRefusedWithoutAskingDingTalk() throws Exception {
        assertThat(codes.userIdFor("  ")).isEmpty();
        assertThat(codes.userIdFor(null)).isEmpty();
        assertThat(fake.requests(OapiAuthCodes.PATH)).isEmpty();
    }

    @Test
    void aDingTalkThatCannotAnswerIsUnavailableNotARefusal() {
        fake.server.stubFor(post(urlPathEqualTo(OapiAuthCodes.PATH)).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(502)));

        assertThatThrownBy(() -> codes.userIdFor("c0de")).isInstanceOf(AuthCodes.Unavailable.class);
    }
}
