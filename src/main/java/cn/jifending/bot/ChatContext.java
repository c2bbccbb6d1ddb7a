package cn.jifending.bot;

import cn.jifending.notification.Outbox;
import cn.jifending.organization.Person;
import java.util.Map;
import java.util.Objects;

/**
 * One inbound message being handled: who sent it (always a known {@link Person}), what they wrote,
 * and how to answer. Replies go to the outbox in the same transaction as the handler's changes:
 * to the sender in a one-to-one chat, to the group in a group chat, through the message's session
 * webhook while it is valid.
 */
public final class ChatContext {

    private final InboundMessage message;
    private final Person sender;
    private final Outbox outbox;
    private final String keyword;
    private final String arguments;

    public ChatContext(InboundMessage message, Person sender, Outbox outbox) {
        this.message = Objects.requireNonNull(message, "message");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        String[] parts = message.text().split("[\\s\\u3000]+", 2);
        this.keyword = parts[0];
        this.arguments = parts.length > 1 ? parts[1].strip() : "";
    }

    public InboundMessage message() {
        return message;
    }

    public Person sender() {
        return sender;
    }

    /** The first word of the text (blank for a pure picture or file). */
    public String keyword() {
        return keyword;
    }

    /** Everything after the first word, trimmed. */
    public String arguments() {
        return arguments;
    }

    /** Whether the message carries any picture or file. */
    public boolean hasAttachments() {
        return !message.attachments().isEmpty();
    }

    /** Answers in the conversation the message came from, with {@code bot-templates/messages/<template>.md}. */
    public void reply(String template, Map<String, ?> model) {
        boolean group = message.conversation() == InboundMessage.Conversation.GROUP
                && message.conversationId() != null && !message.conversationId().isBlank();
        outbox.reply(sender.userId(), group ? message.conversationId() : null, message.replyWebhook(), template, model);
    }

    /** The outbox, for messages and cards to other people in the same transaction. */
    public Outbox outbox() {
        return outbox;
    }
}
