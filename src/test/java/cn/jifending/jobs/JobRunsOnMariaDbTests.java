package cn.jifending.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jifending.MariaDbTestBase;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class JobRunsOnMariaDbTests extends MariaDbTestBase {

    @Autowired
    JobRuns runs;

    @Test
    void theWorkOfAPeriodRunsOnce() {
        AtomicInteger work = new AtomicInteger();
        assertThat(runs.runOnce("runs-once", "2026-10", work::incrementAndGet)).isTrue();
        assertThat(runs.runOnce("runs-once", "2026-10", work::incrementAndGet)).isFalse();
        assertThat(runs.runOnce("runs-once", "2026-11", work::incrementAndGet)).isTrue();
        assertThat(runs.runOnce("another-job", "2026-10", work::incrementAndGet)).isTrue();
        assertThat(work).hasValue(3);
        assertThat(runs.hasRun("runs-once", "2026-10")).isTrue();
        assertThat(runs.hasRun("runs-once", "2026-12")).isFalse();
    }

    @Test
    void failedWorkLeavesNoRecordSoTheNextFiringRetries() {
        assertThatThrownBy(() -> runs.runOnce("fails-first", "2026-Q3", () -> {
            throw new IllegalStateException("DingTalk down");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(runs.hasRun("fails-first", "2026-Q3")).isFalse();

        AtomicInteger work = new AtomicInteger();
        assertThat(runs.runOnce("fails-first", "2026-Q3", work::incrementAndGet)).isTrue();
        assertThat(work).hasValue(1);
    }
}
