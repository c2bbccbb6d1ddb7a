package cn.jifending.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** {@code jifen.scoring.workers}: named daemon threads, as many as configured, and the caller's thread once shut down. */
class ScoringWorkersTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ScoringProperties.class)
    @Import(ScoringWorkers.class)
    static class Workers {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Workers.class);

    @Test
    void runsTasksOnAsManyNamedDaemonThreadsAsConfigured() {
        runner.withPropertyValues("jifen.scoring.workers=3").run(context -> {
            ScoringWorkers workers = context.getBean(ScoringWorkers.class);
            Set<String> names = ConcurrentHashMap.newKeySet();
            CountDownLatch allStarted = new CountDownLatch(3);
            CountDownLatch done = new CountDownLatch(4);
            for (int i = 0; i < 4; i++) {
                workers.execute(() -> {
                    assertThat(Thread.currentThread().isDaemon()).isTrue();
                    names.add(Thread.currentThread().getName());
                    allStarted.countDown();
                    await(allStarted); // three tasks at once: three threads
                    done.countDown();
                });
            }
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(names).containsExactlyInAnyOrder("scoring-worker-1", "scoring-worker-2", "scoring-worker-3");
        });
    }

    @Test
    void zeroMeansOneFewerThanTheProcessorsAndAtLeastOne() {
        runner.run(context -> assertThat(context.getBean(ScoringProperties.class).workerThreads())
                .isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() - 1)));
        runner.withPropertyValues("jifen.scoring.workers=2").run(context ->
                assertThat(context.getBean(ScoringProperties.class).workerThreads()).isEqualTo(2));
    }

    @Test
    void afterShutdownATaskRunsOnTheCallersThread() {
        runner.run(context -> {
            ScoringWorkers workers = context.getBean(ScoringWorkers.class);
            workers.destroy();
            String[] ranOn = new String[1];
            workers.execute(() -> ranOn[0] = Thread.currentThread().getName());
            assertThat(ranOn[0]).isEqualTo(Thread.currentThread().getName());
        });
    }

    @Test
    void refusesANegativeOrHugeNumberOfWorkers() {
        for (String workers : new String[] {"-1", "65"}) {
            runner.withPropertyValues("jifen.scoring.workers=" + workers).run(context -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("workers");
            });
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
