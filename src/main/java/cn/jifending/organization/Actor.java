package cn.jifending.organization;

import java.util.Objects;

/**
 * Who makes a change and where it came from, for the audit log.
 *
 * @param userId DingTalk userid of the actor, or {@code system}
 * @param source chat message id, import file hash, card action … (may be null)
 */
public record Actor(String userId, String source) {

    public static final String SYSTEM = "system";

    public Actor {
        Objects.requireNonNull(userId, "userId");
    }

    public static Actor user(String userId) {
        return new Actor(userId, null);
    }

    public static Actor system(String source) {
        return new Actor(SYSTEM, source);
    }

    public Actor from(String newSource) {
        return new Actor(userId, newSource);
    }
}
