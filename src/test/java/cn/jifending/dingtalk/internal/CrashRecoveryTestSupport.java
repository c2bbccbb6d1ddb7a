package cn.jifending.dingtalk.internal;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test of issue 12, as an operator ran it: the application in a child JVM in HTTP mode
 * against a fake DingTalk; {@code crash.perUser} (50) declarations from each of 6 demo users, two
 * messages each, on one thread per user; {@code kill -9} of the child once {@code crash.killAfter}
 * (half) of the messages are acknowledged (or {@code crash.kills} kills spread evenly over the run),
 * each followed by a restart on the same data; every message that was not answered 200 redelivered
 * until it is; the outbox drained; then an orderly stop. It then reads the
 * database and the fake: every acknowledged message must have exactly one effect and one reply, and
 * no 处理失败. A reply is never lost; it is sent twice only when it was in flight at a kill (reached
 * DingTalk just before the process died, before its row was marked SENT), because DingTalk's robot send
 * takes no idempotency key ({@link CrashFindings#duplicatesNotInFlightAtAKill}). The figures are printed
 * either way.
 */
abstract class CrashRecoveryTestSupport {

    /** Sends one instance can have in flight at once: the outbox's sender workers (default 4). */
    private static final int IN_FLIGHT_SENDS = 4;

    static final String SECRET = "crash-app-secret-0123456789";
    static final String ROBOT_CODE = "dingcrashrobot";
    private static final Pattern LOG_NOISE = Pattern.compile("^\\S+\\s+\\S*\\s*(ERROR|WARN)\\s+\\d+\\s+---\\s+\\[[^]]*]\\s+");

    @TempDir
    Path dir;

    /** A short name for the output ({@code h2}, {@code mariadb}); letters only. */
    abstract String database();

    /** Where the child keeps its data: the Spring Boot arguments naming the database. */
    abstract List<String> databaseArguments(Path dataDir);

    /** A connection to the child's database, once the child has stopped. */
    abstract Connection connect(Path dataDir) throws SQLException;

    /** What one crash run left behind, and the kills it made. */
    record CrashRun(CrashFindings findings, List<Instant> killedAt, int messages) {

        /** Every broken rule, as a sentence; empty when every acknowledged message kept its effect and reply. */
        List<String> violations() {
            List<String> broken = new ArrayList<>();
            check(broken, findings.unacked, "messages never acknowledged");
            check(broken, findings.withoutEvent, "acknowledged messages without their inbound_event row");
            check(broken, findings.withoutDeclaration, "acknowledged 确认 without their declaration");
            check(broken, findings.missingReplies, "acknowledged messages without a reply");
            // at least once, never twice but for a send in flight at a kill (DingTalk's send has no idempotency key)
            check(broken, findings.duplicatesNotInFlightAtAKill(killedAt),
                    "acknowledged messages answered more than once, not explained by a kill");
            if (findings.duplicatedReplies.size() > killedAt.size() * IN_FLIGHT_SENDS) {
                broken.add("more replies sent again after a restart than could be in flight: " + findings.duplicatedReplies);
            }
            if (findings.handlingFailed > 0) {
                broken.add(findings.handlingFailed + " 处理失败 replies");
            }
            check(broken, findings.unexpectedTexts, "texts that answer none of the messages");
            if (findings.declarations != messages / 2) {
                broken.add("declarations recorded: " + findings.declarations + ", expected " + messages / 2);
            }
            long unsent = findings.outbox.getOrDefault("PENDING", 0L) + findings.outbox.getOrDefault("SENDING", 0L)
                    + findings.outbox.getOrDefault("DEAD", 0L);
            if (unsent > 0) {
                broken.add("outbox rows not sent: " + findings.outbox);
            }
            return broken;
        }

        private static void check(List<String> broken, List<String> ids, String what) {
            if (!ids.isEmpty()) {
                broken.add(what + ": " + ids.subList(0, Math.min(10, ids.size())) + " (" + ids.size() + ")");
            }
        }
    }

    /** Runs the traffic with its kills and restarts, drains, stops the child and reads what it left. */
    CrashRun crash() throws Exception {
        int perUser = Integer.getInteger("crash.perUser", 50);
        int messages = perUser * DeclarationTraffic.USERS.size() * 2;
        int kills = Integer.getInteger("crash.kills", 1);
        List<Integer> killPoints = new ArrayList<>();
        for (int k = 1; k <= kills; k++) {
            killPoints.add(kills == 1 ? Integer.getInteger("crash.killAfter", messages / 2) : messages * k / (kills + 1));
        }
        Path dataDir = Files.createDirectories(dir.resolve("data"));
        Map<String, Duration> timings = new LinkedHashMap<>();
        long begin = System.nanoTime();
        try (CrashDingTalk dingTalk = new CrashDingTalk()) {
            List<String> arguments = new ArrayList<>(List.of(
                    "--spring.main.banner-mode=off",
                    "--jifen.data-dir=" + dataDir,
                    "--jifen.demo.seed=true",
                    "--jifen.dingtalk.mode=http",
                    "--jifen.dingtalk.app-key=crash-app-key",
                    "--jifen.dingtalk.app-secret=" + SECRET,
                    "--jifen.dingtalk.robot-code=" + ROBOT_CODE,
                    "--jifen.dingtalk.card-callback-token=crash-card-token",
                    "--jifen.dingtalk.card-template-id=" + FakeDingTalk.GENERAL_TEMPLATE,
                    // registered with the fake only; this test presses no card
                    "--jifen.dingtalk.callback-base-url=http://127.0.0.1",
                    "--jifen.dingtalk.api-endpoint=" + dingTalk.baseUrl(),
                    "--jifen.dingtalk.oapi-endpoint=" + dingTalk.baseUrl(),
                    // 志愿服务 without a photo, so that a declaration is two messages (申报 …, 确认)
                    "--jifen.declaration.evidence-required-items=grid_work",
                    // the killed instance's claimed outbox rows are free again by the time the restart is up
                    "--jifen.outbox.lease=5s"));
            arguments.addAll(databaseArguments(dataDir));
            CrashFindings findings;
            List<Instant> killedAt = new ArrayList<>();
            List<Integer> ackedAtKills = new ArrayList<>();
            try (ChildApplication child = new ChildApplication(arguments, dir)) {
                timings.put("first start", child.start());
                DeclarationTraffic traffic = new DeclarationTraffic(database(), SECRET, ROBOT_CODE, dingTalk.baseUrl(),
                        perUser);
                long trafficStart = System.nanoTime();
                CompletableFuture<Void> run = CompletableFuture.runAsync(() -> {
                    try {
                        traffic.run(() -> child.uri("/dingtalk/robot"), Duration.ofMinutes(5));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                for (int k = 0; k < killPoints.size(); k++) {
                    while (traffic.acked() < killPoints.get(k) && !run.isDone()) {
                        Thread.sleep(2);
                    }
                    child.kill();
                    killedAt.add(Instant.now());
                    ackedAtKills.add(traffic.acked());
                    timings.put("traffic until kill " + (k + 1), Duration.ofNanos(System.nanoTime() - trafficStart));
                    timings.put("restart " + (k + 1), child.start());
                }
                run.get(5, TimeUnit.MINUTES);
                timings.put("traffic in all", Duration.ofNanos(System.nanoTime() - trafficStart));
                long drainStart = System.nanoTime();
                awaitDrain(dingTalk, messages);
                timings.put("drain after the last ack", Duration.ofNanos(System.nanoTime() - drainStart));
                child.stop();
                try (Connection db = connect(dataDir)) {
                    findings = new CrashFindings(traffic.messages(), db, dingTalk);
                }
                timings.put("whole test", Duration.ofNanos(System.nanoTime() - begin));
                System.out.printf("crash[%s]: killed %d time(s), after %s acknowledged messages (kill points %s)%n",
                        database(), killedAt.size(), ackedAtKills, killPoints);
                System.out.print(findings.report(database(), killedAt, timings));
                if (!findings.clean()) {
                    System.out.print(logDigest(child.logs()));
                }
            }
            return new CrashRun(findings, killedAt, messages);
        }
    }

    /**
     * Waits until every expected text has reached the fake and nothing more arrived for 3 s, or nothing
     * at all arrived for 10 s (a reply that never comes; twice the outbox lease), at most 3 minutes.
     */
    private static void awaitDrain(CrashDingTalk dingTalk, int expectedTexts) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        int last = -1;
        long stableSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            int requests = dingTalk.requestCount();
            if (requests != last) {
                last = requests;
                stableSince = System.nanoTime();
            }
            long quiet = System.nanoTime() - stableSince;
            if (quiet > TimeUnit.SECONDS.toNanos(10)
                    || (quiet > TimeUnit.SECONDS.toNanos(3) && dingTalk.texts().size() >= expectedTexts)) {
                return;
            }
            Thread.sleep(250);
        }
    }

    /** The child's ERROR and WARN lines, counted by message (first 160 characters), most frequent first. */
    static String logDigest(List<Path> logs) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Path log : logs) {
            String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
            text.lines().filter(l -> l.contains(" ERROR ") || l.contains(" WARN ")
                            || l.contains("Deadlock") || l.contains("SAVEPOINT"))
                    .map(l -> LOG_NOISE.matcher(l).replaceFirst("$1 ").replaceAll("\\d+", "#"))
                    .map(l -> l.length() <= 160 ? l : l.substring(0, 160))
                    .forEach(l -> counts.merge(log.getFileName() + ": " + l, 1L, Long::sum));
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(25)
                .map(e -> "crash log: " + e.getValue() + " x " + e.getKey())
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
