package cn.jifending.bot;

/**
 * The one door into the bot for every channel adapter (DingTalk Stream, DingTalk HTTP, sandbox).
 * Each call durably records the inbound event (deduplicated by id) and handles it in one
 * transaction; replies go to the outbox. When the call returns normally the event, its effect and
 * its replies have committed, so the adapter may acknowledge it to the channel. A
 * {@link RetryLaterException} means nothing committed (a transient database failure outlived the
 * retries): do not acknowledge, the channel redelivers. The inbound objects themselves refuse
 * fields outside their bounds ({@link InvalidInboundException}), which no redelivery can cure.
 */
public interface BotGateway {

    /** @return false when this msgId was already handled (a redelivery): nothing was done */
    boolean onMessage(InboundMessage message);

    /** @return false when this action was already handled: nothing was done */
    boolean onCardAction(CardAction action);
}
