package cn.jifending.organization;

import cn.jifending.audit.Source;
import java.util.Objects;

/**
 * Who makes a change and where it came from, for the audit log.
 *
 * @param userId DingTalk userid of the actor, or {@code system}
 * @param source where the change came from: the chat message or card press (with its inbound event), an import
 */
public record Actor(String userId, Source source) {

    public static final String SYSTEM = "system";

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(source, "source");
    }

    /** The application itself, e.g. {@code system(Source.system("demo-seed"))}. */
    public static Actor system(Source source) {
        return new Actor(SYSTEM, source);
    }

    /** The same actor importing the file {@code sha256}: the source becomes that import, of the same inbound event. */
    public Actor importing(String sha256) {
        return new Actor(userId, source.imported(sha256));
    }
}
