package cn.jifending.bot;

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

    public CardActionContext(CardAction action, Person actor, Outbox outbox) {
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
