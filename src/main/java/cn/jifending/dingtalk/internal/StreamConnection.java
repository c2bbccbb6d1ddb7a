package cn.jifending.dingtalk.internal;

import com.dingtalk.open.app.api.OpenDingTalkClient;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the DingTalk Stream client with the application: started after every other bean is ready
 * (so no message arrives before the bot can record it) and stopped first on shutdown.
 *
 * <p>Reconnection is the SDK's: {@code start()} does not connect itself but schedules a task that
 * every 5 seconds drops expired or closed sessions and opens new ones (each attempt retried with
 * exponential backoff), so a failed first connection or a dropped one heals on its own. Keep-alive
 * pings detect a dead connection, which is closed and then replaced by that task.
 */
class StreamConnection implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StreamConnection.class);

    private final Supplier<OpenDingTalkClient> clientFactory;
    private OpenDingTalkClient client;

    StreamConnection(Supplier<OpenDingTalkClient> clientFactory) {
        this.clientFactory = clientFactory;
    }

    @Override
    public synchronized void start() {
        if (client != null) {
            return;
        }
        OpenDingTalkClient created = clientFactory.get();
        try {
            created.start();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the DingTalk Stream client", e);
        }
        client = created;
        log.info("DingTalk Stream client started");
    }

    @Override
    public synchronized void stop() {
        if (client == null) {
            return;
        }
        try {
            client.stop();
            log.info("DingTalk Stream client stopped");
        } catch (Exception e) {
            log.warn("DingTalk Stream client did not stop cleanly", e);
        } finally {
            client = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return client != null;
    }
}
