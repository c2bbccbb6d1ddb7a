package cn.jifending.bot;

import cn.jifending.audit.Source;
import cn.jifending.notification.Outbox;
import cn.jifending.organization.Person;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One card button press being handled: who pressed it (a known {@link Person}) and how to answer. */
public final class CardActionContext {

    private final CardAction action;
    private final Person actor;
    private final Outbox outbox;
    private final Long inboundEventId;

    public CardActionContext(CardAction action, Person actor, Outbox outbox) {
        this(action, actor, outbox, null);
    }

    /** @param inboundEventId the {@code inbound_event} row recorded for this press (null outside the gateway) */
    public CardActionContext(CardAction action, Person actor, Outbox outbox, Long inboundEventId) {
        this.inboundEventId = inboundEventId;
        this.action = Objects.requireNonNull(action, "action");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    public CardAction action() {
        return action;
    }

    public Person actor() {
        return actor;
    }

    /**
     * Where changes made for this press come from: the card's outTrackId and the action, with the press's
     * {@code inbound_event} id, so every audit row written while handling it joins to that event.
     */
    public Source source() {
        return Source.cardAction(action.outTrackId(), action.actionId(), inboundEventId);
    }

    /** A card param (the card's private data or an input), or "" when absent. */
    public String param(String name) {
        return action.params().getOrDefault(name, "");
    }

    /** Tells the person who pressed, one-to-one, with {@code bot-templates/messages/<template>.md}. */
    public void reply(String template, Map<String, ?> model) {
        outbox.message(List.of(actor.userId()), template, model);
    }

    /** The outbox, e.g. to update the card in place for everyone who received it. */
    public Outbox outbox() {
        return outbox;
    }
}
