package cn.jifending.jobs.internal;

import cn.jifending.jobs.JobRuns;
import cn.jifending.jobs.JobsProperties;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link JobRuns} over table {@code job_run}: the primary key (job, period_key) decides who runs. */
@Component
class DatabaseJobRuns implements JobRuns {

    private final JobRunMapper runs;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final JobsProperties properties;

    DatabaseJobRuns(JobRunMapper runs, PlatformTransactionManager transactionManager, Clock clock,
                    JobsProperties properties) {
        this.runs = runs;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public boolean runOnce(String job, String periodKey, Runnable work) {
        if (periodKey == null || periodKey.isBlank() || periodKey.length() > 64) {
            throw new IllegalArgumentException("A period key has 1 to 64 characters: " + periodKey);
        }
        Boolean ran = transactions.execute(status -> {
            try {
                // A second instance recording the same pair blocks here until the first commits (then
                // fails as a duplicate) or rolls back (then records it and runs the work itself).
                JobRunRow row = new JobRunRow();
                row.setJob(job);
                row.setPeriodKey(periodKey);
                row.setRanAt(LocalDateTime.ofInstant(clock.instant(), properties.timeZone()));
                runs.insert(row);
            } catch (DuplicateKeyException alreadyDone) {
                return false;
            }
            work.run();
            return true;
        });
        return Boolean.TRUE.equals(ran);
    }

    @Override
    public boolean hasRun(String job, String periodKey) {
        return runs.selectCount(new LambdaQueryWrapper<JobRunRow>()
                .eq(JobRunRow::getJob, job).eq(JobRunRow::getPeriodKey, periodKey)) > 0;
    }
}
