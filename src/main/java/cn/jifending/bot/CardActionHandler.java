package cn.jifending.bot;

import java.util.Set;

/**
 * Handles card button presses whose {@code actionId} is one of {@link #actionIds()}. Spring beans,
 * found by the router like {@link CommandHandler}s, with the same transaction rules. The same
 * card + action + user is delivered to a handler at most once. Who may press is declared by
 * {@link #access()} and checked by the router before {@link #handle}, as for commands.
 */
public interface CardActionHandler {

    Set<String> actionIds();

    /** Who may press these buttons ({@link Access#each} when they differ per action id). */
    Access access();

    void handle(CardActionContext ctx);
}
