package cn.jifending.bot;

import cn.jifending.audit.Source;
import cn.jifending.notification.Outbox;
import cn.jifending.organization.Person;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

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
    private final Set<String> commandKeywords;
    private final Long inboundEventId;

    public ChatContext(InboundMessage message, Person sender, Outbox outbox) {
        this(message, sender, outbox, Set.of(), null);
    }

    /**
     * @param commandKeywords every command's keyword, lower case, so a pending question can tell a command from an answer
     * @param inboundEventId  the {@code inbound_event} row recorded for this message (null outside the gateway)
     */
    public ChatContext(InboundMessage message, Person sender, Outbox outbox, Set<String> commandKeywords,
                       Long inboundEventId) {
        this.commandKeywords = Set.copyOf(commandKeywords);
        this.inboundEventId = inboundEventId;
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

    /**
     * Where changes made for this message come from: its msgId and its {@code inbound_event} id, so every
     * audit row written while handling it joins to that event. Pass it to module APIs; never build a
     * source string by hand.
     */
    public Source source() {
        return Source.chat(message.msgId(), inboundEventId);
    }

    /** The first word of the text (blank for a pure picture or file). */
    public String keyword() {
        return keyword;
    }

    /** Whether the first word is a command's keyword (e.g. 我的积分), not a free-text answer. */
    public boolean isCommand() {
        return !keyword.isEmpty() && commandKeywords.contains(keyword.strip().toLowerCase(Locale.ROOT));
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
