package cn.jifending.dingtalk.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application as an operator runs it: {@code cn.jifending.JifenApplication} in a child JVM (this
 * JVM's java and the test classpath), on a fixed HTTP port, with its output in a log file per start.
 * {@link #kill()} is {@code kill -9} ({@link Process#destroyForcibly()} sends SIGKILL on Linux);
 * {@link #stop()} is an orderly shutdown (SIGTERM).
 */
final class ChildApplication implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("crash.startTimeoutSeconds", 180));

    private final List<String> arguments;
    private final Path logDir;
    private final int port;
    private final List<Path> logs = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    /** @param arguments Spring Boot arguments ({@code --name=value}); the server port is added here */
    ChildApplication(List<String> arguments, Path logDir) throws IOException {
        this.port = freePort();
        this.arguments = new ArrayList<>(arguments);
        this.arguments.add("--server.port=" + port);
        this.logDir = logDir;
    }

    int port() {
        return port;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    List<Path> logs() {
        return List.copyOf(logs);
    }

    /** Starts a new child on the same data and waits until {@code /actuator/health} answers 200. */
    Duration start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("the child is still running");
        }
        long begin = System.nanoTime();
        Path log = logDir.resolve("child-" + (logs.size() + 1) + ".log");
        logs.add(log);
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        command.add("-Xmx" + System.getProperty("crash.childHeap", "512m"));
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("cn.jifending.JifenApplication");
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        for (String name : List.of("DINGTALK_APP_KEY", "DINGTALK_APP_SECRET", "DINGTALK_ROBOT_CODE",
                "DINGTALK_CARD_CALLBACK_TOKEN", "DINGTALK_CARD_CALLBACK_ROUTE_KEY", "JIFEN_DINGTALK_MODE",
                "JIFEN_DB_URL", "JIFEN_DB_USER", "JIFEN_DB_PASSWORD")) {
            builder.environment().remove(name);
        }
        process = builder.start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the child exited with " + process.exitValue() + " during start-up:\n"
                        + tail(log, 60));
            }
            if (healthy()) {
                return Duration.ofNanos(System.nanoTime() - begin);
            }
            Thread.sleep(200);
        }
        kill();
        throw new IllegalStateException("the child did not become healthy within " + START_TIMEOUT + ":\n"
                + tail(log, 60));
    }

    /** kill -9: no shutdown hook, no flush, no orderly close of anything. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** An orderly shutdown (SIGTERM), so the test JVM may open the child's H2 file afterwards. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private boolean healthy() {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri("/actuator/health"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The last {@code lines} lines of a child log. */
    static String tail(Path log, int lines) {
        try {
            List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
