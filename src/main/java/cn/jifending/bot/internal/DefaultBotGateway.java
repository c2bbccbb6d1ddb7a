package cn.jifending.bot.internal;

import cn.jifending.bot.BotGateway;
import cn.jifending.bot.CardAction;
import cn.jifending.bot.CardActionContext;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.InboundLimits;
import cn.jifending.bot.InboundMessage;
import cn.jifending.notification.Outbox;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bot's door. In one transaction: record the event (a duplicate stops here), refuse unknown
 * senders, otherwise route to a handler. The handler runs in a savepoint; if it throws, its writes
 * are rolled back, the sender is told it failed, and the event stays recorded (so a redelivery
 * does not loop on the same failure). A transient failure (deadlock, lock wait timeout) is not a
 * handler failure: it rolls back the whole transaction, event row included, which
 * {@link InboundTransactions} runs again; when the retries run out the caller gets a
 * {@link cn.jifending.bot.RetryLaterException} and must not acknowledge. A call that returns
 * normally has committed the event, its effect and its replies.
 */
@Service
class DefaultBotGateway implements BotGateway {

    private static final Logger log = LoggerFactory.getLogger(DefaultBotGateway.class);

    private final InboundEventStore events;
    private final MemberDirectory directory;
    private final Outbox outbox;
    private final MessageRouter messages;
    private final CardActionRouter cardActions;
    private final TransactionTemplate savepoint;
    private final InboundTransactions transactions;

    DefaultBotGateway(InboundEventStore events, MemberDirectory directory, Outbox outbox, MessageRouter messages,
                      CardActionRouter cardActions, PlatformTransactionManager transactionManager,
                      InboundTransactions transactions) {
        this.events = events;
        this.directory = directory;
        this.outbox = outbox;
        this.messages = messages;
        this.cardActions = cardActions;
        this.transactions = transactions;
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public boolean onMessage(InboundMessage message) {
        return transactions.run("message " + message.msgId(), () -> handle(message));
    }

    @Override
    public boolean onCardAction(CardAction action) {
        return transactions.run("card action " + action.outTrackId() + "/" + action.actionId(), () -> handle(action));
    }

    private boolean handle(InboundMessage message) {
        Optional<Person> sender = directory.findByUserId(message.senderUserId());
        OptionalLong event = events.recordMessage(message, sender.isPresent());
        if (event.isEmpty()) {
            log.debug("Inbound message {} already handled; ignoring the redelivery", message.msgId());
            return false;
        }
        if (sender.isEmpty()) {
            refuse(message.senderUserId(), message.conversation() == InboundMessage.Conversation.GROUP
                    ? message.conversationId() : null);
            return true;
        }
        ChatContext ctx = new ChatContext(message, sender.get(), outbox, messages.keywords(), event.getAsLong());
        if (message.text().length() > InboundLimits.TEXT) {
            ctx.reply("message-too-long", Map.of("max", InboundLimits.TEXT, "length", message.text().length()));
            return true;
        }
        if (!runHandler(() -> messages.route(ctx), "message " + message.msgId())) {
            ctx.reply("handling-failed", Map.of());
        }
        return true;
    }

    private boolean handle(CardAction action) {
        Optional<Person> actor = directory.findByUserId(action.userId());
        OptionalLong event = events.recordCardAction(action, actor.isPresent());
        if (event.isEmpty()) {
            log.debug("Card action {}/{} by {} already handled; ignoring the redelivery",
                    action.outTrackId(), action.actionId(), action.userId());
            return false;
        }
        if (actor.isEmpty()) {
            refuse(action.userId(), null);
            return true;
        }
        CardActionContext ctx = new CardActionContext(action, actor.get(), outbox, event.getAsLong());
        if (!runHandler(() -> cardActions.route(ctx), "card action " + action.outTrackId() + "/" + action.actionId())) {
            ctx.reply("handling-failed", Map.of());
        }
        return true;
    }

    private void refuse(String userId, String groupId) {
        log.info("Refused a message from {}, who is not in the organization", userId);
        if (groupId != null && !groupId.isBlank()) {
            outbox.groupMessage(groupId, "unknown-sender", Map.of());
        } else {
            outbox.message(List.of(userId), "unknown-sender", Map.of());
        }
    }

    /**
     * @return false when the handler threw (its writes are rolled back to the savepoint)
     * @throws RuntimeException a transient failure, rethrown: the database rolled back (or will
     *                          roll back) the whole transaction, so the whole event must run again
     */
    private boolean runHandler(Runnable handler, String what) {
        try {
            savepoint.executeWithoutResult(status -> handler.run());
            return true;
        } catch (RuntimeException e) {
            if (TransientFailures.isTransient(e)) {
                throw e;
            }
            log.error("Handling {} failed; the sender is told so", what, e);
            return false;
        }
    }
}
