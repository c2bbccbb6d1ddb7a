package cn.jifending.bot;

/**
 * A conversation in progress that may claim the next message before keyword routing, e.g. a
 * declaration waiting for its photos or for the member's confirmation. Spring beans, asked in
 * {@link org.springframework.core.annotation.Order} order; the first that returns true has handled
 * (and answered) the message. Return false quickly when the sender has nothing pending. It is asked
 * only when {@link #access()} allows the sender; otherwise the message goes on to keyword routing.
 */
public interface PendingInteraction {

    /** Whose messages this interaction may claim. */
    Access access();

    boolean tryHandle(ChatContext ctx);
}
