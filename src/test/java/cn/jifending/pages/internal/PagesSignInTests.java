package cn.jifending.pages.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.MariaDbTestBase;
import cn.jifending.notification.PageLinks;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The pages' DingTalk sign-in (免登) end to end in HTTP mode: the whole application on MariaDB, talking to a
 * fake DingTalk (WireMock, answering {@code /v1.0/oauth2/accessToken} and oapi
 * {@code /topapi/v2/user/getuserinfo} as DingTalk does). A page without a session answers 401 with the
 * Chinese page that loads the packaged JSAPI and asks DingTalk for a code; the code the page posts back is
 * exchanged server-side: a valid one sets the session cookie and the page shows the member; a forged or
 * expired one (DingTalk's {@code 40078 不存在的临时授权码}) is 401 with the Chinese page and no cookie.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "jifen.dingtalk.mode=http",
        "jifen.dingtalk.app-key=pages-app-key",
        "jifen.dingtalk.app-secret=pages-app-secret-0123456789",
        "jifen.dingtalk.robot-code=dingpagesrobot",
        "jifen.dingtalk.card-callback-token=pages-card-token",
        "jifen.dingtalk.card-template-id=pages-tpl.schema",
        "jifen.pages.corp-id=dingcorp0001"})
@DirtiesContext
class PagesSignInTests extends MariaDbTestBase {

    /** oapi 通过免登码获取用户信息 (the path {@code dingtalk.internal.OapiAuthCodes} calls). */
    static final String GETUSERINFO = "/topapi/v2/user/getuserinfo";

    static final WireMockServer DINGTALK = new WireMockServer(options().dynamicPort());

    static {
        DINGTALK.start();
        answerAsDingTalk();
    }

    @DynamicPropertySource
    static void fakeDingTalk(DynamicPropertyRegistry registry) {
        registry.add("jifen.dingtalk.api-endpoint", () -> "http://127.0.0.1:" + DINGTALK.port());
        registry.add("jifen.dingtalk.oapi-endpoint", () -> "http://127.0.0.1:" + DINGTALK.port());
        registry.add("jifen.dingtalk.callback-base-url", () -> "http://127.0.0.1:" + DINGTALK.port());
    }

    @AfterAll
    static void stopFake() {
        DINGTALK.stop();
    }

    @LocalServerPort int port;
    @Autowired PageLinks links;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void dingTalkAnswers() {
        DINGTALK.resetAll();
        answerAsDingTalk();
    }

    /** The token, the card callback registration of http mode's start-up, and the sign-in code exchange. */
    static void answerAsDingTalk() {
        DINGTALK.stubFor(post(urlPathEqualTo("/v1.0/card/callbacks/register"))
                .willReturn(json("{\"success\":true,\"result\":{\"callbackUrl\":\"x\",\"apiSecret\":\"y\"}}")));
        DINGTALK.stubFor(post(urlPathEqualTo("/v1.0/oauth2/accessToken"))
                .willReturn(json("{\"accessToken\":\"pages-token\",\"expireIn\":7200}")));
        DINGTALK.stubFor(post(urlPathEqualTo(GETUSERINFO)).atPriority(5)
                .willReturn(json("{\"errcode\":40078,\"errmsg\":\"不存在的临时授权码\",\"request_id\":\"16i0s0bxtwd5d\"}")));
        DINGTALK.stubFor(post(urlPathEqualTo(GETUSERINFO)).atPriority(1)
                .withRequestBody(equalToJson("{\"code\":\"valid-code-1\"}"))
                .willReturn(json("""
                        {"errcode":0,"errmsg":"ok","result":{"userid":"demo-member-1","device_id":"dev1",
                         "sys":false,"sys_level":0,"associated_unionid":"","unionid":"uid1","name":"赵强"},
                         "request_id":"15qc3gw3ptlre"}""")));
    }

    @Test
    void aPageWithoutASessionAsksDingTalkForACodeWithThePackagedJsapi() throws Exception {
        HttpResponse<String> page = get("/h5/me", null);
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.body()).contains("请先登录", "正在通过钉钉登录", "requestAuthCode", "dingcorp0001",
                "src=\"/h5/vendor/dingtalk-jsapi/dingtalk.open.js\"").doesNotContain("alicdn");

        HttpResponse<String> script = get("/h5/vendor/dingtalk-jsapi/dingtalk.open.js", null);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("requestAuthCode", "window.dd");
    }

    @Test
    void aValidCodeSignsInAndThePageShowsTheMember() throws Exception {
        HttpResponse<String> signIn = get("/h5/signin?code=valid-code-1&next=/h5/me", null);

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/h5/me");
        String cookie = signIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SessionCookies.NAME + "=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "Path=/h5");
        DINGTALK.verify(1, postRequestedFor(urlPathEqualTo(GETUSERINFO))
                .withQueryParam("access_token", com.github.tomakehurst.wiremock.client.WireMock.equalTo("pages-token")));

        HttpResponse<String> me = get("/h5/me", cookie.substring(0, cookie.indexOf(';')));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("赵强", "基础分");
    }

    @Test
    void aForgedOrExpiredCodeIsRefusedWith401AndNoSession() throws Exception {
        for (String code : List.of("forged-code", "expired-code")) {
            HttpResponse<String> signIn = get("/h5/signin?code=" + code + "&next=/h5/me", null);

            assertThat(signIn.statusCode()).as(code).isEqualTo(401);
            assertThat(signIn.body()).contains("请先登录", "登录凭证无效或已过期");
            assertThat(signIn.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(SessionCookies.NAME));
        }
        assertThat(DINGTALK.findAll(postRequestedFor(urlPathEqualTo(GETUSERINFO)))).hasSize(2);
    }

    @Test
    void theSandboxUserParameterIsRefusedOutsideSandboxMode() throws Exception {
        HttpResponse<String> page = get("/h5/me?user=demo-admin", null);

        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(SessionCookies.NAME));
    }

    @Test
    void outsideSandboxModeLinksOpenInsideDingTalkAtTheConfiguredBaseUrlWithoutTheRecipient() {
        String inApp = "dingtalk://dingtalkclient/page/link?url=http%3A%2F%2Flocalhost%3A8080%2Fh5%2Fbranch%3Fbranch%3D1"
                + "&pc_slide=true";

        assertThat(links.link("/h5/branch?branch=1", "demo-member-1")).isEqualTo(inApp);
        assertThat(links.link("/h5/branch?branch=1")).isEqualTo(inApp);
        assertThat(links.link("/h5/me", "demo-member-1"))
                .isEqualTo("dingtalk://dingtalkclient/page/link?url=http%3A%2F%2Flocalhost%3A8080%2Fh5%2Fme&pc_slide=true");
    }

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
