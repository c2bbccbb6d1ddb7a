/**
 * The bot: one door ({@link cn.jifending.bot.BotGateway}) for every channel. Each inbound message
 * or card press is recorded in {@code inbound_event} (unique msgId; unique outTrackId + actionId +
 * user) and handled in the same transaction; a redelivery does nothing. Unknown senders get a
 * polite refusal and nothing else.
 *
 * <p>Extension points for later features, all discovered as Spring beans:
 * <ul>
 *   <li>{@link cn.jifending.bot.PendingInteraction}: claims a message before keyword routing
 *       (a declaration waiting for photos or confirmation);</li>
 *   <li>{@link cn.jifending.bot.CommandHandler}: handles messages by their first word;</li>
 *   <li>{@link cn.jifending.bot.CardActionHandler}: handles card presses by actionId.</li>
 * </ul>
 * Handlers answer through {@link cn.jifending.bot.ChatContext#reply} /
 * {@link cn.jifending.bot.CardActionContext#reply} with templates from
 * {@code bot-templates/messages/}. Unrecognized text, a bare picture, and an unknown action are
 * always answered; a handler that throws is rolled back to a savepoint and the sender is told.
 * A deadlock or lock wait timeout reruns the whole transaction ({@code jifen.bot.inbound.*});
 * see {@code src/docs/inbound-guarantees.md}.
 */
package cn.jifending.bot;
