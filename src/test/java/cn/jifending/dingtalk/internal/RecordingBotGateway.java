package cn.jifending.dingtalk.internal;

import cn.jifending.bot.BotGateway;
import cn.jifending.bot.CardAction;
import cn.jifending.bot.InboundMessage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A test double for the bot: records what it was given, optionally failing instead. */
final class RecordingBotGateway implements BotGateway {

    final List<InboundMessage> messages = new CopyOnWriteArrayList<>();
    final List<CardAction> actions = new CopyOnWriteArrayList<>();
    volatile RuntimeException failure;
    volatile Runnable onCall = () -> { };

    @Override
    public boolean onMessage(InboundMessage message) {
        onCall.run();
        if (failure != null) {
            throw failure;
        }
        messages.add(message);
        return true;
    }

    @Override
    public boolean onCardAction(CardAction action) {
        onCall.run();
        if (failure != null) {
            throw failure;
        }
        actions.add(action);
        return true;
    }

    void reset() {
        messages.clear();
        actions.clear();
        failure = null;
        onCall = () -> { };
    }
}
