package cn.jifending.jobs.internal;

import cn.jifending.jobs.JobContext;
import cn.jifending.jobs.JobRuns;
import cn.jifending.jobs.JobsProperties;
import cn.jifending.jobs.ScheduledJob;
import java.time.LocalDateTime;
import java.util.Optional;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Quartz job class: finds the {@link ScheduledJob} named by the JobDetail's key and runs it.
 * Instances are created per firing by Spring's job factory (constructor injection).
 */
@DisallowConcurrentExecution
public final class ScheduledJobRunner implements Job {

    private static final Logger log = LoggerFactory.getLogger(ScheduledJobRunner.class);

    private final JobCatalog catalog;
    private final JobRuns runs;
    private final JobsProperties properties;

    public ScheduledJobRunner(JobCatalog catalog, JobRuns runs, JobsProperties properties) {
        this.catalog = catalog;
        this.runs = runs;
        this.properties = properties;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        String name = context.getJobDetail().getKey().getName();
        Optional<ScheduledJob> job = catalog.find(name);
        if (job.isEmpty()) {
            log.warn("Quartz fired job {} but no ScheduledJob bean has that name; ignored", name);
            return;
        }
        LocalDateTime due = LocalDateTime.ofInstant(context.getScheduledFireTime().toInstant(), properties.timeZone());
        try {
            job.get().action().run(new JobContext(name, due, runs));
        } catch (RuntimeException e) {
            log.error("Job {} due {} failed", name, due, e);
            throw new JobExecutionException(e, false);
        }
    }
}
