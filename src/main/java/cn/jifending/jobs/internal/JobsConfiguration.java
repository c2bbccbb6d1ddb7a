package cn.jifending.jobs.internal;

import cn.jifending.jobs.JobsProperties;
import cn.jifending.jobs.ScheduledJob;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Collects the {@link ScheduledJob} beans and registers them with Quartz before the scheduler starts. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobsProperties.class)
class JobsConfiguration {

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
