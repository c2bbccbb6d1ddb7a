package cn.jifending.bot;

import java.util.Set;

/**
 * Handles messages whose first word is one of its {@link #keywords()} (matched case-insensitively).
 * Implementations are Spring beans; the router finds them all, and two handlers claiming the same
 * keyword stop the application at startup. A handler runs inside the inbound transaction (in a
 * savepoint: if it throws, its writes are undone and the sender is told something went wrong).
 * It must answer: every message gets a reply.
 *
 * <p>Who may use it is declared by {@link #access()}; the router checks it before {@link #handle} and
 * answers a refusal itself (one reply, one {@code bot.refused} audit row), so a handler never refuses by role.
 */
public interface CommandHandler {

    Set<String> keywords();

    /** Who may use this handler's keywords ({@link Access#each} when they differ per keyword). */
    Access access();

    void handle(ChatContext ctx);
}
