package cn.jifending.jobs.internal;

import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of {@code job_run}: one job run for one period; the primary key (job, period_key) refuses a second. */
@TableName("job_run")
public class JobRunRow {

    private String job;
    private String periodKey;
    private LocalDateTime ranAt;

    public String getJob() {
        return job;
    }

    public void setJob(String job) {
        this.job = job;
    }

    public String getPeriodKey() {
        return periodKey;
    }

    public void setPeriodKey(String periodKey) {
        this.periodKey = periodKey;
    }

    public LocalDateTime getRanAt() {
        return ranAt;
    }

    public void setRanAt(LocalDateTime ranAt) {
        this.ranAt = ranAt;
    }
}
