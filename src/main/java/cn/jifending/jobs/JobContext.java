package cn.jifending.jobs;

import cn.jifending.audit.Source;
import java.time.LocalDateTime;

/**
 * One firing of a job.
 *
 * @param jobName           the job
 * @param scheduledFireTime when the trigger was due, Asia/Shanghai local time (not when it ran:
 *                          a misfired trigger runs later but keeps its due time)
 * @param runs              the idempotency record
 */
public record JobContext(String jobName, LocalDateTime scheduledFireTime, JobRuns runs) {

    /**
     * Runs {@code work} unless this job already did it for {@code periodKey}; see
     * {@link JobRuns#runOnce}.
     */
    public boolean once(String periodKey, Runnable work) {
        return runs.runOnce(jobName, periodKey, work);
    }

    /** Where this run's changes come from, for the audit log: this job for {@code periodKey}. */
    public Source source(String periodKey) {
        return Source.job(jobName, periodKey);
    }
}
