package cn.jifending.jobs.internal;

import java.time.Duration;
import org.springframework.modulith.events.IncompleteEventPublications;
import cn.jifending.jobs.JobsProperties;
import cn.jifending.jobs.ScheduledJob;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Collects the {@link ScheduledJob} beans and registers them with Quartz before the scheduler starts; contributes
 * {@code event-resubmission}, which resubmits incomplete event publications.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobsProperties.class)
class JobsConfiguration {

    /**
     * Hands every event publication left incomplete for more than 5 minutes (its listener failed, or the
     * process died before it completed) to its listener again; the listeners are idempotent.
     */
    @Bean
    ScheduledJob eventResubmissionJob(IncompleteEventPublications incomplete) {
        return new ScheduledJob("event-resubmission",
                ctx -> incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(5)));
    }

    @Bean
    JobCatalog jobCatalog(ObjectProvider<ScheduledJob> jobs) {
        return new JobCatalog(jobs.orderedStream().toList());
    }

    @Bean
    JobRegistrar jobRegistrar(JobCatalog catalog, JobsProperties properties) {
        return new JobRegistrar(catalog, properties);
    }

    @Bean
    SmartInitializingSingleton scheduledJobsRegistration(JobRegistrar registrar, ObjectProvider<Scheduler> scheduler) {
        return () -> {
            Scheduler s = scheduler.getIfAvailable();
            if (s == null) {
                return;
            }
            try {
                registrar.register(s);
            } catch (SchedulerException e) {
                throw new IllegalStateException("Could not register the scheduled jobs with Quartz", e);
            }
        };
    }
}
