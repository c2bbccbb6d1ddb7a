package cn.jifending.jobs;

/**
 * Makes a job act once per period even when it fires twice (misfire recovery, a re-run, a second
 * instance): table {@code job_run}, unique on job + period key.
 */
public interface JobRuns {

    /**
     * Records {@code (job, periodKey)} and runs {@code work} in one transaction, so the record exists
     * if and only if the work committed; when the pair is already recorded (or another instance is
     * recording it right now and commits), does nothing.
     *
     * @param periodKey the period the work is for, e.g. {@code 2026-10}, {@code 2026-Q3}, {@code 2026-10-09}
     * @return true if the work ran
     */
    boolean runOnce(String job, String periodKey, Runnable work);

    /** Whether the job has done its work for the period. */
    boolean hasRun(String job, String periodKey);
}
