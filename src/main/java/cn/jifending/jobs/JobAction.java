package cn.jifending.jobs;

/** What a {@link ScheduledJob} does when it fires. */
@FunctionalInterface
public interface JobAction {

    void run(JobContext context);
}
