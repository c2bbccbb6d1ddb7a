package cn.jifending.dingtalk.internal;

import cn.jifending.MutableClock;
import static cn.jifending.dingtalk.internal.FakeDingTalk.body;
import static cn.jifending.dingtalk.internal.FakeDingTalk.json;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jifending.dingtalk.DingTalkContacts.DingTalkUser;
import cn.jifending.dingtalk.DingTalkProperties;
import cn.jifending.notification.DeliveryException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OapiContactsTests {

    private static final String USER_LIST = "/topapi/v2/user/list";

    private FakeDingTalk fake;
    private OapiContacts contacts;

    private final List<Duration> sleeps = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        fake = new FakeDingTalk();
        DingTalkProperties properties = fake.properties(Map.of(), Duration.ofSeconds(5));
        OpenApiSdk sdk = new OpenApiSdk(properties);
        AccessTokens tokens = new AccessTokens(sdk::issueToken, new MutableClock(Instant.EPOCH),
                properties.tokenRefreshMargin());
        contacts = new OapiContacts(new OapiClient(properties, tokens, new PlainHttp(properties)), sleeps::add);
    }

    @Test
    void aBusyDingTalkIsReadAgainAfterAPause() throws Exception {
        fake.server.stubFor(post(urlPathEqualTo(USER_LIST)).inScenario("busy").whenScenarioStateIs(
                        com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(json("{\"errcode\":-1,\"errmsg\":\"系统繁忙\"}")).willSetStateTo("again"));
        fake.server.stubFor(post(urlPathEqualTo(USER_LIST)).inScenario("busy").whenScenarioStateIs("again")
                .willReturn(json("{\"errcode\":0,\"errmsg\":\"ok\",\"result\":{\"has_more\":false,\"list\":[]}}")));

        assertThat(contacts.listDepartmentUsers(12)).isEmpty();
        assertThat(fake.requests(USER_LIST)).hasSize(2);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void aDingTalkThatStaysBusyIsGivenUpAfterThreeReads() {
        fake.server.stubFor(post(urlPathEqualTo(USER_LIST)).willReturn(json("{\"errcode\":-1,\"errmsg\":\"系统繁忙\"}")));

        assertThatThrownBy(() -> contacts.listDepartmentUsers(12))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isTrue());
        assertThat(fake.requests(USER_LIST)).hasSize(OapiContacts.ATTEMPTS);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void listsEveryPageOfADepartment() throws Exception {
        fake.server.stubFor(post(urlPathEqualTo(USER_LIST)).withRequestBody(matchingJsonPath("$.cursor", equalToJson("0")))
                .willReturn(json("""
                        {"errcode":0,"errmsg":"ok","result":{"has_more":true,"next_cursor":100,"list":[
                          {"userid":"manager4220","name":"张三","mobile":"13800000000","title":"支部书记",
                           "dept_id_list":[12,34],"active":true}]}}""")));
        fake.server.stubFor(post(urlPathEqualTo(USER_LIST)).withRequestBody(matchingJsonPath("$.cursor", equalToJson("100")))
                .willReturn(json("""
                        {"errcode":0,"errmsg":"ok","result":{"has_more":false,"list":[
                          {"userid":"user0817","name":"李四","dept_id_list":[12],"active":false}]}}""")));

        List<DingTalkUser> users = contacts.listDepartmentUsers(12);

        assertThat(users).containsExactly(
                new DingTalkUser("manager4220", "张三", "13800000000", "支部书记", List.of(12L, 34L), true),
                new DingTalkUser("user0817", "李四", "", "", List.of(12L), false));
        assertThat(fake.requests(USER_LIST)).hasSize(2).allSatisfy(r -> {
            assertThat(r.queryParameter("access_token").firstValue()).isEqualTo("token-1");
            assertThat(body(r).path("dept_id").asLong()).isEqualTo(12);
            assertThat(body(r).path("size").asInt()).isEqualTo(100);
        });
    }

    @Test
    void listsSubDepartments() throws Exception {
        fake.server.stubFor(post(urlPathEqualTo("/topapi/v2/department/listsubid")).willReturn(json(
                "{\"errcode\":0,\"errmsg\":\"ok\",\"result\":{\"dept_id_list\":[101,102]}}")));

        assertThat(contacts.listSubDepartmentIds(1)).containsExactly(101L, 102L);
    }

    @Test
    void errcodeBecomesADeliveryException() {
        fake.server.stubFor(post(urlPathEqualTo(USER_LIST)).willReturn(json(
                "{\"errcode\":60003,\"errmsg\":\"部门不存在\"}")));
        assertThatThrownBy(() -> contacts.listDepartmentUsers(999))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("60003");
                });

        fake.server.stubFor(post(urlPathEqualTo(USER_LIST)).willReturn(json("{\"errcode\":90018,\"errmsg\":\"busy\"}")));
        assertThatThrownBy(() -> contacts.listDepartmentUsers(999))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isTrue());
    }
}
