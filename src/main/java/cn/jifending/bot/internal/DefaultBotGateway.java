package cn.jifending.bot.internal;

import cn.jifending.bot.BotGateway;
import cn.jifending.bot.CardAction;
import cn.jifending.bot.CardActionContext;
import cn.jifending.bot.ChatContext;
import cn.jifending.bot.InboundMessage;
import cn.jifending.notification.Outbox;
import cn.jifending.organization.MemberDirectory;
import cn.jifending.organization.Person;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bot's door. In one transaction: record the event (a duplicate stops here), refuse unknown
 * senders, otherwise route to a handler. The handler runs in a savepoint; if it throws, its writes
 * are rolled back, the sender is told it failed, and the event stays recorded (so a redelivery
 * does not loop on the same failure).
 */
@Service
@Transactional
class DefaultBotGateway implements BotGateway {

    private static final Logger log = LoggerFactory.getLogger(DefaultBotGateway.class);

    private final InboundEventStore events;
    private final MemberDirectory directory;
    private final Outbox outbox;
    private final MessageRouter messages;
    private final CardActionRouter cardActions;
    private final TransactionTemplate savepoint;

    DefaultBotGateway(InboundEventStore events, MemberDirectory directory, Outbox outbox, MessageRouter messages,
                      CardActionRouter cardActions, PlatformTransactionManager transactions) {
        this.events = events;
        this.directory = directory;
        this.outbox = outbox;
        this.messages = messages;
        this.cardActions = cardActions;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public boolean onMessage(InboundMessage message) {
        Optional<Person> sender = directory.findByUserId(message.senderUserId());
        if (!events.recordMessage(message, sender.isPresent())) {
            log.debug("Inbound message {} already handled; ignoring the redelivery", message.msgId());
            return false;
        }
        if (sender.isEmpty()) {
            refuse(message.senderUserId(), message.conversation() == InboundMessage.Conversation.GROUP
                    ? message.conversationId() : null);
            return true;
        }
        ChatContext ctx = new ChatContext(message, sender.get(), outbox);
        if (!runHandler(() -> messages.route(ctx), "message " + message.msgId())) {
            ctx.reply("handling-failed", Map.of());
        }
        return true;
    }

    @Override
    public boolean onCardAction(CardAction action) {
        Optional<Person> actor = directory.findByUserId(action.userId());
        if (!events.recordCardAction(action, actor.isPresent())) {
            log.debug("Card action {}/{} by {} already handled; ignoring the redelivery",
                    action.outTrackId(), action.actionId(), action.userId());
            return false;
        }
        if (actor.isEmpty()) {
            refuse(action.userId(), null);
            return true;
        }
        CardActionContext ctx = new CardActionContext(action, actor.get(), outbox);
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

    /** @return false when the handler threw (its writes are rolled back to the savepoint) */
    private boolean runHandler(Runnable handler, String what) {
        try {
            savepoint.executeWithoutResult(status -> handler.run());
            return true;
        } catch (RuntimeException e) {
            log.error("Handling {} failed; the sender is told so", what, e);
            return false;
        }
    }
}
