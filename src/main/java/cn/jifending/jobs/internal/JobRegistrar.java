package cn.jifending.jobs.internal;

import cn.jifending.jobs.JobsProperties;
import cn.jifending.jobs.ScheduledJob;
import java.util.HashSet;
import java.util.Set;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the scheduler's jobs match the {@link ScheduledJob} beans: a durable JobDetail and a
 * CronTrigger (group {@value #GROUP}) per job, created when missing, replaced when its cron or zone
 * changed, left alone otherwise (so a pending misfire survives a restart); jobs of the group that no
 * longer have a bean are deleted. Safe to run on every instance of a cluster.
 */
public final class JobRegistrar {

    static final String GROUP = "jifen";

    private static final Logger log = LoggerFactory.getLogger(JobRegistrar.class);

    private final JobCatalog catalog;
    private final JobsProperties properties;

    public JobRegistrar(JobCatalog catalog, JobsProperties properties) {
        this.catalog = catalog;
        this.properties = properties;
    }

    public void register(Scheduler scheduler) throws SchedulerException {
        TimeZone zone = TimeZone.getTimeZone(properties.timeZone());
        Set<String> names = new HashSet<>();
        for (ScheduledJob job : catalog.all()) {
            String cron = properties.schedules().get(job.name());
            if (cron == null) {
                throw new IllegalStateException("Job " + job.name() + " has no schedule: set jifen.jobs.schedules."
                        + job.name() + " to a Quartz cron expression");
            }
            names.add(job.name());
            JobDetail detail = JobBuilder.newJob(ScheduledJobRunner.class)
                    .withIdentity(job.name(), GROUP)
                    .storeDurably()
                    .build();
            CronTrigger trigger = TriggerBuilder.newTrigger()
                    .withIdentity(job.name(), GROUP)
                    .forJob(detail)
                    .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(zone)
                            .withMisfireHandlingInstructionFireAndProceed())
                    .build();
            Trigger existing = scheduler.getTrigger(TriggerKey.triggerKey(job.name(), GROUP));
            if (existing instanceof CronTrigger current && sameSchedule(current, trigger)
                    && scheduler.checkExists(detail.getKey())) {
                continue;
            }
            scheduler.scheduleJob(detail, Set.of(trigger), true);
            log.info("Scheduled job {} at '{}' ({})", job.name(), cron, zone.getID());
        }
        for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
            if (!names.contains(key.getName())) {
                scheduler.deleteJob(key);
                log.info("Deleted job {}: no ScheduledJob bean declares it any more", key.getName());
            }
        }
        properties.schedules().keySet().stream().filter(name -> !names.contains(name))
                .forEach(name -> log.warn("jifen.jobs.schedules.{} names no ScheduledJob bean; ignored", name));
    }

    private static boolean sameSchedule(CronTrigger a, CronTrigger b) {
        return a.getCronExpression().equals(b.getCronExpression())
                && a.getTimeZone().getID().equals(b.getTimeZone().getID())
                && a.getMisfireInstruction() == b.getMisfireInstruction();
    }
}
