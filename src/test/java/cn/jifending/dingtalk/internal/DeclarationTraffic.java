package cn.jifending.dingtalk.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What DingTalk does during the crash test: one thread per demo user, each declaring
 * ({@code 申报 志愿服务 今天 <token>}, then {@code 确认}) one declaration after the other, as signed
 * HTTP-mode robot callbacks. A message that is not answered 200 (connection refused or reset by the
 * kill, a 5xx, a timeout) is redelivered unchanged (same msgId, same body, a fresh signature) until it
 * is, as DingTalk redelivers; the next message of that user waits for it.
 */
final class DeclarationTraffic {

    static final List<String> USERS = List.of("demo-member-1", "demo-member-2", "demo-probationary", "demo-leader",
            "demo-committee", "demo-member-3");

    enum Step { DECLARE, CONFIRM }

    /** One message of the run and what became of its deliveries. */
    static final class Sent {
        final String msgId;
        final String user;
        final Step step;
        final String token;
        final String body;
        volatile int deliveries;
        volatile Instant ackedAt;
        final Map<String, Integer> refusals = new ConcurrentHashMap<>();

        Sent(String msgId, String user, Step step, String token, String body) {
            this.msgId = msgId;
            this.user = user;
            this.step = step;
            this.token = token;
            this.body = body;
        }

        boolean acked() {
            return ackedAt != null;
        }
    }

    private final String runId;
    private final String appSecret;
    private final String robotCode;
    private final String fakeBaseUrl;
    private final int perUser;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Sent> sent = new ArrayList<>();
    private final AtomicInteger acked = new AtomicInteger();
    private volatile boolean stopped;

    DeclarationTraffic(String runId, String appSecret, String robotCode, String fakeBaseUrl, int perUser) {
        this.runId = runId;
        this.appSecret = appSecret;
        this.robotCode = robotCode;
        this.fakeBaseUrl = fakeBaseUrl;
        this.perUser = perUser;
        for (int u = 0; u < USERS.size(); u++) {
            for (int i = 0; i < perUser; i++) {
                String token = token(u, i);
                String base = runId + "-" + u + "-" + i;
                sent.add(message(base + "-d", USERS.get(u), Step.DECLARE, token, "申报 志愿服务 今天 " + token));
                sent.add(message(base + "-c", USERS.get(u), Step.CONFIRM, token, "确认"));
            }
        }
    }

    List<Sent> messages() {
        return List.copyOf(sent);
    }

    int acked() {
        return acked.get();
    }

    /** Runs every user's messages in order on its own thread; returns when all are acknowledged. */
    void run(Supplier<URI> robotUri, Duration timeout) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(USERS.size());
        try {
            List<Future<?>> users = new ArrayList<>();
            for (int u = 0; u < USERS.size(); u++) {
                List<Sent> own = sent.subList(u * perUser * 2, (u + 1) * perUser * 2);
                users.add(pool.submit(() -> {
                    for (Sent s : own) {
                        deliverUntilAcked(s, robotUri);
                    }
                    return null;
                }));
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            for (Future<?> f : users) {
                f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } finally {
            stopped = true;
            pool.shutdownNow();
        }
    }

    private void deliverUntilAcked(Sent s, Supplier<URI> robotUri) throws InterruptedException {
        while (!stopped) {
            s.deliveries++;
            long ts = System.currentTimeMillis();
            HttpRequest request = HttpRequest.newBuilder(robotUri.get()).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("timestamp", Long.toString(ts))
                    .header("sign", RobotRequestSigner.sign(appSecret, ts))
                    .POST(HttpRequest.BodyPublishers.ofString(s.body)).build();
            String refusal;
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    s.ackedAt = Instant.now();
                    acked.incrementAndGet();
                    return;
                }
                refusal = "HTTP " + status;
            } catch (IOException e) {
                refusal = e.getClass().getSimpleName();
            }
            s.refusals.merge(refusal, 1, Integer::sum);
            Thread.sleep(200);
        }
    }

    private Sent message(String msgId, String user, Step step, String token, String text) {
        long now = System.currentTimeMillis();
        String body = "{\"conversationId\":\"cidCrash" + user + "\",\"chatbotCorpId\":\"dingcrash\","
                + "\"chatbotUserId\":\"$:crash\",\"msgId\":\"" + msgId + "\",\"senderNick\":\"演练\","
                + "\"isAdmin\":false,\"senderStaffId\":\"" + user + "\","
                + "\"sessionWebhookExpiredTime\":" + (now + Duration.ofHours(2).toMillis()) + ","
                + "\"createAt\":" + now + ",\"senderCorpId\":\"dingcrash\",\"conversationType\":\"1\","
                + "\"senderId\":\"$:sender-" + user + "\","
                + "\"sessionWebhook\":\"" + fakeBaseUrl + CrashDingTalk.SESSION_WEBHOOK + "?session=" + msgId + "\","
                + "\"robotCode\":\"" + robotCode + "\",\"msgtype\":\"text\",\"text\":{\"content\":\"" + text + "\"}}";
        return new Sent(msgId, user, step, token, body);
    }

    /** A description no date or item parser reads anything into: letters only, unique per declaration. */
    private String token(int user, int i) {
        return "crash" + runId.replaceAll("[^a-z]", "") + (char) ('a' + user) + (char) ('a' + i / 26 % 26)
                + (char) ('a' + i % 26) + (char) ('a' + i / 676 % 26);
    }
}
