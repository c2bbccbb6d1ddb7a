package cn.jifending.jobs;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A job a module contributes by declaring it as a bean.
 *
 * @param name   unique name, also the key of its cron in {@code jifen.jobs.schedules} (kebab-case)
 * @param action the module call; keep it thin and make it idempotent with {@link JobContext#once}
 */
public record ScheduledJob(String name, JobAction action) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ScheduledJob {
        if (name == null || name.length() > 100 || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A job name is kebab-case, at most 100 characters: " + name);
        }
        Objects.requireNonNull(action, "action");
    }
}
