/**
 * Thin Quartz jobs (JDBC job store on the application database, clustered) calling module APIs.
 *
 * <p>A module adds a job by declaring a {@link cn.jifending.jobs.ScheduledJob} bean and its cron in
 * {@code jifen.jobs.schedules.<name>} ({@link cn.jifending.jobs.JobsProperties}, Asia/Shanghai).
 * At startup every job gets a durable JobDetail and a CronTrigger (created, or updated when its
 * schedule changed); jobs never run concurrently with themselves, and in a cluster each firing runs
 * on one instance. A job stays idempotent by doing its work through
 * {@link cn.jifending.jobs.JobContext#once} / {@link cn.jifending.jobs.JobRuns}, keyed by its period.
 */
package cn.jifending.jobs;
