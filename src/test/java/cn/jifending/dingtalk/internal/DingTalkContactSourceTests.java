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

import cn.jifending.dingtalk.DingTalkProperties;
import cn.jifending.organization.ContactSource;
import cn.jifending.organization.ContactSource.Contact;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The organization's contacts port on a fake DingTalk: the department tree walked from the root. */
class DingTalkContactSourceTests {

    private static final String SUB = "/topapi/v2/department/listsubid";
    private static final String GET = "/topapi/v2/department/get";
    private static final String USERS = "/topapi/v2/user/list";

    private FakeDingTalk fake;
    private DingTalkContactSource source;

    @BeforeEach
    void start() {
        fake = new FakeDingTalk();
        DingTalkProperties properties = fake.properties(Map.of(), Duration.ofSeconds(5));
        OpenApiSdk sdk = new OpenApiSdk(properties);
        AccessTokens tokens = new AccessTokens(sdk::issueToken, new MutableClock(Instant.EPOCH),
                properties.tokenRefreshMargin());
        source = new DingTalkContactSource(new OapiContacts(new OapiClient(properties, tokens, new PlainHttp(properties))));
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void walksTheDepartmentsFromTheRootAndListsEachUserOnce() {
        department(1, "某局机关", "[101, 102]",
                "{\"userid\":\"admin01\",\"name\":\"王建国\",\"dept_id_list\":[1,101],\"active\":true}");
        department(101, "第一党支部", "[]",
                "{\"userid\":\"admin01\",\"name\":\"王建国\",\"dept_id_list\":[1,101],\"active\":true},"
                        + "{\"userid\":\"zhang01\",\"name\":\"张三\",\"dept_id_list\":[101],\"active\":true}");
        department(102, "", "[]", "{\"userid\":\"li01\",\"name\":\"李四\",\"dept_id_list\":[102],\"active\":false}");

        assertThat(source.fetchContacts()).containsExactly(
                new Contact("admin01", "王建国", "某局机关"),
                new Contact("zhang01", "张三", "第一党支部"),
                new Contact("li01", "李四", "102"));
        assertThat(fake.requests(GET)).hasSize(3).allSatisfy(r ->
                assertThat(r.queryParameter("access_token").firstValue()).isEqualTo("token-1"));
        assertThat(fake.requests(SUB)).extracting(r -> body(r).path("dept_id").asLong()).containsExactly(1L, 101L, 102L);
    }

    @Test
    void aFailureIsUnavailable() {
        fake.server.stubFor(post(urlPathEqualTo(GET)).willReturn(json("{\"errcode\":60011,\"errmsg\":\"no permission\"}")));
        assertThatThrownBy(() -> source.fetchContacts()).isInstanceOfSatisfying(ContactSource.Unavailable.class, e -> {
            assertThat(e).hasMessageContaining("60011");
            assertThat(e.reason()).isEqualTo(ContactSource.Reason.NO_PERMISSION);
        });
    }

    @Test
    void eachKindOfDingTalkFailureHasAReasonTheAdminCanBeToldInWords() {
        String[][] answers = {
                {"{\"errcode\":90020,\"errmsg\":\"您的企业本月api调用量已超过限制\"}", "QUOTA_EXHAUSTED"},
                {"{\"errcode\":60003,\"errmsg\":\"部门不存在\"}", "UNKNOWN"},
                {"{\"errcode\":88,\"sub_code\":\"60011\",\"errmsg\":\"没有调用该接口的权限\"}", "NO_PERMISSION"},
        };
        for (String[] answer : answers) {
            fake.server.stubFor(post(urlPathEqualTo(GET)).willReturn(json(answer[0])));
            assertThatThrownBy(() -> source.fetchContacts()).as(answer[0])
                    .isInstanceOfSatisfying(ContactSource.Unavailable.class, e ->
                            assertThat(e.reason()).isEqualTo(ContactSource.Reason.valueOf(answer[1])));
        }
        assertThat(DingTalkContactSource.reason(FailureKind.THROTTLED)).isEqualTo(ContactSource.Reason.BUSY);
        assertThat(DingTalkContactSource.reason(FailureKind.STALE_TOKEN)).isEqualTo(ContactSource.Reason.CREDENTIALS);
        assertThat(DingTalkContactSource.reason(FailureKind.TRANSIENT)).isEqualTo(ContactSource.Reason.UNREACHABLE);
    }

    private void department(long id, String name, String subIds, String users) {
        String dept = "{\"dept_id\":" + id + "}";
        fake.server.stubFor(post(urlPathEqualTo(GET)).withRequestBody(matchingJsonPath("$.dept_id", equalToJson(String.valueOf(id))))
                .willReturn(json("{\"errcode\":0,\"errmsg\":\"ok\",\"result\":{\"dept_id\":" + id + ",\"name\":\"" + name + "\"}}")));
        fake.server.stubFor(post(urlPathEqualTo(SUB)).withRequestBody(equalToJson(dept))
                .willReturn(json("{\"errcode\":0,\"errmsg\":\"ok\",\"result\":{\"dept_id_list\":" + subIds + "}}")));
        fake.server.stubFor(post(urlPathEqualTo(USERS)).withRequestBody(matchingJsonPath("$.dept_id", equalToJson(String.valueOf(id))))
                .willReturn(json("{\"errcode\":0,\"errmsg\":\"ok\",\"result\":{\"has_more\":false,\"list\":[" + users + "]}}")));
    }
}
