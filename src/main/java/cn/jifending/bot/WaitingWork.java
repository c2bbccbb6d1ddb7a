package cn.jifending.bot;

import cn.jifending.organization.Person;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What waits for a person's decision, for {@code 待审批}: each module that has decisions (declarations,
 * branch items, spot checks …) declares a bean that lists those waiting for this person. The
 * command collects them all, oldest first, and numbers them.
 */
public interface WaitingWork {

    /** The decisions waiting for {@code person}, in any order; empty when none. */
    List<Waiting> waitingFor(Person person);

    /**
     * One decision waiting.
     *
     * @param since   when it began to wait (submitted, proposed, drawn)
     * @param text    what it is, rendered from the module's template
     * @param command the one-line text command that decides it, rendered from the module's template
     */
    record Waiting(LocalDateTime since, String text, String command) {
    }
}
