package cn.jifending.bot;

import java.util.Set;

/**
 * Handles card button presses whose {@code actionId} is one of {@link #actionIds()}. Spring beans,
 * found by the router like {@link CommandHandler}s, with the same transaction rules. The same
 * card + action + user is delivered to a handler at most once.
 */
public interface CardActionHandler {

    Set<String> actionIds();

    void handle(CardActionContext ctx);
}
