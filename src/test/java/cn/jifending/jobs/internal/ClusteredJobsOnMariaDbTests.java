package cn.jifending.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jifending.MariaDbTestBase;
import cn.jifending.jobs.JobContext;
import cn.jifending.jobs.JobRuns;
import cn.jifending.jobs.JobsProperties;
import cn.jifending.jobs.ScheduledJob;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.KeyMatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.quartz.LocalDataSourceJobStore;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two scheduler instances of one cluster on one MariaDB (what two application instances are to
 * Quartz), running the production job class, registrar and {@code job_run} idempotency.
 */
class ClusteredJobsOnMariaDbTests extends MariaDbTestBase {

    private static final String NEVER = "0 0 9 1 1 ? 2099";

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JobRuns runs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Scheduler applicationScheduler;

    private final String cluster = "cluster-" + UUID.randomUUID().toString().substring(0, 8);
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, AtomicInteger> fires = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> worked = new ConcurrentHashMap<>();
    private final List<SchedulerFactoryBean> instances = new ArrayList<>();

    @AfterEach
    void stopInstancesAndForgetTheCluster() throws Exception {
        for (SchedulerFactoryBean instance : instances) {
            instance.destroy();
        }
        for (String table : List.of("QRTZ_FIRED_TRIGGERS", "QRTZ_CRON_TRIGGERS", "QRTZ_SIMPLE_TRIGGERS",
                "QRTZ_TRIGGERS", "QRTZ_JOB_DETAILS", "QRTZ_SCHEDULER_STATE", "QRTZ_LOCKS")) {
            jdbc.update("DELETE FROM " + table + " WHERE SCHED_NAME = ?", cluster);
        }
    }

    @Test
    void eachFiringRunsOnOneInstanceOnly() throws Exception {
        List<String> names = IntStream.range(0, 10).mapToObj(i -> "probe-" + i + "-" + suffix).toList();
        JobCatalog catalog = new JobCatalog(names.stream().map(this::countingJob).toList());
        JobsProperties properties = properties(names.stream().collect(Collectors.toMap(Function.identity(), n -> NEVER)));
        Scheduler a = start("node-a", catalog, properties);
        Scheduler b = start("node-b", catalog, properties);
        JobRegistrar registrar = new JobRegistrar(catalog, properties);
        registrar.register(a);
        registrar.register(b);

        for (int i = 0; i < names.size(); i++) {
            (i % 2 == 0 ? a : b).triggerJob(JobKey.jobKey(names.get(i), JobRegistrar.GROUP));
        }

        awaitQuiet(() -> jobRuns("probe-%-" + suffix) == names.size());
        for (String name : names) {
            assertThat(fires.get(name)).as(name + " fired").hasValue(1);
            assertThat(worked.get(name)).as(name + " worked").hasValue(1);
        }
    }

    @Test
    void aCronRegisteredOnBothInstancesFiresOncePerDueTime() throws Exception {
        String name = "every-second-" + suffix;
        Map<String, AtomicInteger> byDueTime = new ConcurrentHashMap<>();
        JobCatalog catalog = new JobCatalog(List.of(new ScheduledJob(name, context -> {
            byDueTime.computeIfAbsent(context.scheduledFireTime().toString(), t -> new AtomicInteger()).incrementAndGet();
            context.once(context.scheduledFireTime().toString(), () -> { });
        })));
        JobsProperties properties = properties(Map.of(name, "* * * * * ?"));
        Scheduler a = start("node-a", catalog, properties);
        Scheduler b = start("node-b", catalog, properties);
        JobRegistrar registrar = new JobRegistrar(catalog, properties);
        registrar.register(a);
        registrar.register(b);

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() -> byDueTime.size() >= 3);
        // shutting down waits for running jobs and stops both instances from firing anything more
        a.shutdown(true);
        b.shutdown(true);

        assertThat(byDueTime).allSatisfy((due, n) -> assertThat(n).as(due).hasValue(1));
        assertThat(jobRuns(name)).isEqualTo(byDueTime.size());
    }

    @Test
    void aJobFiredTwiceForTheSamePeriodActsOnce() throws Exception {
        String name = "twice-" + suffix;
        JobCatalog catalog = new JobCatalog(List.of(countingJob(name)));
        JobsProperties properties = properties(Map.of(name, NEVER));
        Scheduler a = start("node-a", catalog, properties);
        Scheduler b = start("node-b", catalog, properties);
        new JobRegistrar(catalog, properties).register(a);

        a.triggerJob(JobKey.jobKey(name, JobRegistrar.GROUP));
        b.triggerJob(JobKey.jobKey(name, JobRegistrar.GROUP));

        awaitQuiet(() -> fires.containsKey(name) && fires.get(name).get() == 2);
        assertThat(worked.get(name)).hasValue(1);
        assertThat(jobRuns(name)).isEqualTo(1);
    }

    @Test
    void theRegistrarCreatesUpdatesAndRemovesTriggersIdempotently() throws Exception {
        String kept = "kept-" + suffix;
        String dropped = "dropped-" + suffix;
        Scheduler a = start("node-a", new JobCatalog(List.of()), properties(Map.of()));
        Scheduler b = start("node-b", new JobCatalog(List.of()), properties(Map.of()));

        JobCatalog both = new JobCatalog(List.of(countingJob(kept), countingJob(dropped)));
        new JobRegistrar(both, properties(Map.of(kept, "0 0 9 20 * ?", dropped, NEVER))).register(a);
        new JobRegistrar(both, properties(Map.of(kept, "0 0 9 20 * ?", dropped, NEVER))).register(b);
        CronTrigger trigger = (CronTrigger) b.getTrigger(TriggerKey.triggerKey(kept, JobRegistrar.GROUP));
        assertThat(trigger.getCronExpression()).isEqualTo("0 0 9 20 * ?");
        assertThat(trigger.getTimeZone().getID()).isEqualTo("Asia/Shanghai");

        JobCatalog one = new JobCatalog(List.of(countingJob(kept)));
        new JobRegistrar(one, properties(Map.of(kept, "0 0 9 18 * ?"))).register(b);
        trigger = (CronTrigger) a.getTrigger(TriggerKey.triggerKey(kept, JobRegistrar.GROUP));
        assertThat(trigger.getCronExpression()).isEqualTo("0 0 9 18 * ?");
        assertThat(a.checkExists(JobKey.jobKey(dropped, JobRegistrar.GROUP))).isFalse();
    }

    @Test
    void theApplicationsSchedulerIsAClusteredJdbcStoreThatBuildsJobsThroughSpring() throws Exception {
        assertThat(applicationScheduler.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(applicationScheduler.getMetaData().getJobStoreClass()).isEqualTo(LocalDataSourceJobStore.class);
        assertThat(applicationScheduler.isStarted()).isTrue();

        JobKey key = JobKey.jobKey("no-bean-" + suffix, JobRegistrar.GROUP);
        List<Object> outcomes = new CopyOnWriteArrayList<>();
        applicationScheduler.getListenerManager().addJobListener(new Outcomes(key.getName(), outcomes), KeyMatcher.keyEquals(key));
        applicationScheduler.addJob(JobBuilder.newJob(ScheduledJobRunner.class).withIdentity(key).storeDurably().build(), true);
        try {
            applicationScheduler.triggerJob(key);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> !outcomes.isEmpty());
            assertThat(outcomes).as("the runner was built by Spring and ran (finding no bean of that name)")
                    .containsExactly("ok");
        } finally {
            applicationScheduler.getListenerManager().removeJobListener(key.getName());
            // The one-shot trigger of triggerJob is removed by Quartz once the run completes; deleting the
            // job before that races with it ("Unable to unschedule trigger", seen under load).
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> applicationScheduler.getTriggersOfJob(key).isEmpty());
            applicationScheduler.deleteJob(key);
        }
    }

    private ScheduledJob countingJob(String name) {
        return new ScheduledJob(name, (JobContext context) -> {
            fires.computeIfAbsent(context.jobName(), n -> new AtomicInteger()).incrementAndGet();
            context.once("2026-Q3", () -> worked.computeIfAbsent(context.jobName(), n -> new AtomicInteger()).incrementAndGet());
        });
    }

    private static JobsProperties properties(Map<String, String> schedules) {
        return new JobsProperties(ZoneId.of("Asia/Shanghai"), new HashMap<>(schedules));
    }

    private Scheduler start(String instanceId, JobCatalog catalog, JobsProperties properties) throws Exception {
        Properties quartz = new Properties();
        quartz.setProperty("org.quartz.scheduler.instanceId", instanceId);
        quartz.setProperty("org.quartz.jobStore.isClustered", "true");
        quartz.setProperty("org.quartz.jobStore.clusterCheckinInterval", "1000");
        quartz.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        quartz.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        quartz.setProperty("org.quartz.scheduler.idleWaitTime", "1000");
        quartz.setProperty("org.quartz.threadPool.threadCount", "2");
        SchedulerFactoryBean factory = new SchedulerFactoryBean();
        factory.setSchedulerName(cluster);
        factory.setDataSource(dataSource);
        factory.setTransactionManager(transactionManager);
        factory.setQuartzProperties(quartz);
        factory.setJobFactory((bundle, scheduler) -> new ScheduledJobRunner(catalog, runs, properties));
        factory.setAutoStartup(false);
        factory.afterPropertiesSet();
        instances.add(factory);
        factory.start();
        return factory.getScheduler();
    }

    /** Waits (bounded) for the condition and for both instances to have nothing in flight or pending. */
    private void awaitQuiet(java.util.concurrent.Callable<Boolean> condition) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() -> condition.call()
                && count("SELECT COUNT(*) FROM QRTZ_FIRED_TRIGGERS WHERE SCHED_NAME = ?") == 0
                && count("SELECT COUNT(*) FROM QRTZ_SIMPLE_TRIGGERS WHERE SCHED_NAME = ?") == 0);
    }

    private int count(String sql) {
        Integer n = jdbc.queryForObject(sql, Integer.class, cluster);
        return n == null ? 0 : n;
    }

    private int jobRuns(String jobLike) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM job_run WHERE job LIKE ?", Integer.class, jobLike);
        return n == null ? 0 : n;
    }

    private record Outcomes(String getName, List<Object> outcomes) implements JobListener {

        @Override
        public void jobToBeExecuted(JobExecutionContext context) {
        }

        @Override
        public void jobExecutionVetoed(JobExecutionContext context) {
            outcomes.add("vetoed");
        }

        @Override
        public void jobWasExecuted(JobExecutionContext context, JobExecutionException jobException) {
            outcomes.add(jobException == null ? "ok" : jobException);
        }
    }
}
