package cn.jifending.publicity.internal;

import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of {@code publicity_milestone}: a milestone a window reached. */
@TableName("publicity_milestone")
public class PublicityMilestoneRow {

    private Long windowId;
    private String milestone;
    private LocalDateTime atTime;

    public Long getWindowId() {
        return windowId;
    }

    public PublicityMilestoneRow setWindowId(Long windowId) {
        this.windowId = windowId;
        return this;
    }

    public String getMilestone() {
        return milestone;
    }

    public PublicityMilestoneRow setMilestone(String milestone) {
        this.milestone = milestone;
        return this;
    }

    public LocalDateTime getAtTime() {
        return atTime;
    }

    public PublicityMilestoneRow setAtTime(LocalDateTime atTime) {
        this.atTime = atTime;
        return this;
    }
}
