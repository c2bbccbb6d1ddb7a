package cn.jifending.jobs.internal;

import cn.jifending.jobs.ScheduledJob;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Every {@link ScheduledJob} bean by name. */
public final class JobCatalog {

    private final Map<String, ScheduledJob> byName = new LinkedHashMap<>();

    public JobCatalog(Collection<ScheduledJob> jobs) {
        for (ScheduledJob job : jobs) {
            if (byName.putIfAbsent(job.name(), job) != null) {
                throw new IllegalStateException("Two scheduled jobs are named " + job.name());
            }
        }
    }

    Optional<ScheduledJob> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    Collection<ScheduledJob> all() {
        return byName.values();
    }
}
