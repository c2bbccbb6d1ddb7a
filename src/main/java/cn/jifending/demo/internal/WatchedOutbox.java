package cn.jifending.demo.internal;

import cn.jifending.notification.Outbox;
import cn.jifending.notification.ReplyWebhook;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The application's outbox, unchanged, except that a replayed step may watch the cards it makes the bot
 * send (on its own thread only), as their recipients would see them arrive: so the demo's secretary can
 * press the 请假 card the recorder's sign-in sent her, with the params it was sent with.
 */
final class WatchedOutbox implements Outbox {

    /** A card sent while watching; params as the channel carries them (strings). */
    record SentCard(List<String> userIds, String cardKind, String outTrackId, Map<String, String> params) {
    }

    private static final ThreadLocal<List<SentCard>> WATCHING = new ThreadLocal<>();

    private final Outbox base;

    WatchedOutbox(Outbox base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    /** Runs {@code step} on this thread and returns the cards it sent, in order. */
    static List<SentCard> cardsSentBy(Runnable step) {
        List<SentCard> before = WATCHING.get();
        List<SentCard> sent = new ArrayList<>();
        WATCHING.set(sent);
        try {
            step.run();
        } finally {
            if (before == null) {
                WATCHING.remove();
            } else {
                WATCHING.set(before);
            }
        }
        return List.copyOf(sent);
    }

    @Override
    public void message(List<String> userIds, String template, Map<String, ?> model) {
        base.message(userIds, template, model);
    }

    @Override
    public void groupMessage(String groupId, String template, Map<String, ?> model) {
        base.groupMessage(groupId, template, model);
    }

    @Override
    public void reply(String userId, String groupId, ReplyWebhook webhook, String template, Map<String, ?> model) {
        base.reply(userId, groupId, webhook, template, model);
    }

    @Override
    public void card(List<String> userIds, String cardKind, String outTrackId, Map<String, ?> params) {
        base.card(userIds, cardKind, outTrackId, params);
        List<SentCard> sent = WATCHING.get();
        if (sent != null) {
            Map<String, String> carried = new LinkedHashMap<>();
            params.forEach((k, v) -> carried.put(k, String.valueOf(v)));
            sent.add(new SentCard(List.copyOf(userIds), cardKind, outTrackId, carried));
        }
    }

    @Override
    public void updateCard(String outTrackId, String cardKind, Map<String, ?> params) {
        base.updateCard(outTrackId, cardKind, params);
    }

    @Override
    public void file(List<String> userIds, String fileName, byte[] content) {
        base.file(userIds, fileName, content);
    }

    @Override
    public void image(List<String> userIds, String fileName, byte[] png) {
        base.image(userIds, fileName, png);
    }
}
