package cn.jifending.pages.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.notification.internal.OutboxDispatcher;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sandbox mode (the default) on its everyday embedded database: the {@code 我的积分} reply a console user
 * gets links to {@code /h5/me} relative to the app (so whatever port it runs on) and carrying that user,
 * and following the link opens that member's page (not the 401 sign-in page), as the console does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "jifen.outbox.dispatch-enabled=false")
@DirtiesContext
class SandboxPageLinksTests {

    private static final Pattern LINK = Pattern.compile("\\]\\((/h5/[^)\\s]+)\\)");

    @DynamicPropertySource
    static void freshDataDir(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("jifen-h2-links-").toString();
        registry.add("jifen.data-dir", () -> dir);
    }

    @LocalServerPort int port;
    @Autowired OutboxDispatcher dispatcher;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theMyScoresLinkFollowedAsTheConsoleUserOpensThatMembersPage() throws Exception {
        HttpResponse<String> sent = send(HttpRequest.newBuilder(uri("/sandbox/api/users/demo-member-1/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"我的积分\"}")));
        assertThat(sent.statusCode()).isEqualTo(202);
        dispatcher.runOnce();

        String history = send(HttpRequest.newBuilder(uri("/sandbox/api/users/demo-member-1/messages"))).body();
        Matcher link = LINK.matcher(history);
        assertThat(link.find()).as(history).isTrue();
        assertThat(link.group(1)).isEqualTo("/h5/me?user=demo-member-1");

        HttpResponse<String> page = send(HttpRequest.newBuilder(uri(link.group(1))));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("赵强", "基础分");
        assertThat(send(HttpRequest.newBuilder(uri("/h5/me"))).statusCode()).isEqualTo(401);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
