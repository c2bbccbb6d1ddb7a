package cn.jifending.dingtalk.internal;

import static cn.jifending.dingtalk.internal.FakeDingTalk.json;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jifending.MutableClock;
import cn.jifending.dingtalk.DingTalkProperties;
import cn.jifending.notification.OutgoingMessage;
import cn.jifending.notification.OutgoingMessage.Kind;
import com.aliyun.tea.okhttp.ClientHelper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SDK's HTTP client: no silent repeats, bodies sent with their length, and never an empty POST. */
class SdkHttpClientTests {

    private static final String BATCH_SEND = "/v1.0/robot/oToMessages/batchSend";

    private FakeDingTalk fake;
    private DingTalkProperties properties;

    @BeforeEach
    void start() {
        fake = new FakeDingTalk();
        properties = fake.properties(Map.of(), Duration.ofSeconds(5));
        fake.server.stubFor(post(urlPathEqualTo(BATCH_SEND)).willReturn(json("{\"processQueryKey\":\"pqk\"}")));
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void theSdkUsesTheInstalledClientAndSendsItsBodyWithALength() throws Exception {
        OpenApiSdk sdk = new OpenApiSdk(properties);
        SdkCalls calls = new SdkCalls(new AccessTokens(sdk::issueToken, new MutableClock(Instant.EPOCH),
                Duration.ofMinutes(5)));
        new DingTalkMessenger(sdk, calls, new PlainHttp(properties), null, null, properties)
                .send(new OutgoingMessage(1, Kind.TEXT, List.of("u1"), null, null, "你好", null, null, Map.of(), null));

        OkHttpClient used = ClientHelper.clients.get("127.0.0.1:" + fake.server.port());
        assertThat(used).isNotNull();
        assertThat(used.retryOnConnectionFailure()).isFalse();
        var request = fake.requests(BATCH_SEND).get(0);
        assertThat(request.getHeader("Content-Length")).isEqualTo(String.valueOf(request.getBody().length));
        assertThat(request.containsHeader("Transfer-Encoding")).isFalse();
        assertThat(request.getBodyAsString()).contains("\"userIds\":[\"u1\"]");
    }

    @Test
    void aDrainedOneShotBodyIsRefusedBeforeAnythingIsSent() throws Exception {
        OkHttpClient client = SdkHttpClient.install(properties);
        InputStream stream = new ByteArrayInputStream("{\"a\":1}".getBytes());
        stream.readAllBytes(); // what a repeat of the SDK's OkRequestBody would stream
        RequestBody drained = new RequestBody() {
            @Override
            public MediaType contentType() {
                return MediaType.parse("application/json");
            }

            @Override
            public long contentLength() throws IOException {
                return stream.available() > 0 ? stream.available() : -1; // chunked, as the SDK's body does
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                sink.write(stream.readAllBytes());
            }
        };

        assertThatThrownBy(() -> client.newCall(new Request.Builder().url(fake.baseUrl() + BATCH_SEND)
                .post(drained).build()).execute()).isInstanceOf(SdkHttpClient.EmptyBodyRefused.class);
        assertThat(fake.requests(BATCH_SEND)).isEmpty();
    }

    @Test
    void anEmptyRefusalIsNotRetryable() {
        var failure = OpenApiFailures.classify("robot oToMessages/batchSend",
                new com.aliyun.tea.TeaRetryableException(new SdkHttpClient.EmptyBodyRefused("POST x with an empty body")),
                false);
        assertThat(failure.kind()).isEqualTo(FailureKind.REJECTED);
        assertThat(failure.retryable()).isFalse();
    }

    @Test
    void plainHttpRefusesAnEmptyPost() {
        assertThatThrownBy(() -> new PlainHttp(properties).post("oapi /media/upload",
                java.net.URI.create(fake.baseUrl() + "/media/upload"), "application/json", new byte[0]))
                .isInstanceOfSatisfying(DingTalkCallException.class, e -> assertThat(e.retryable()).isFalse());
        assertThat(fake.requests("/media/upload")).isEmpty();
    }
}
