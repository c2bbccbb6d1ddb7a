package cn.jifending.annual.internal;

import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of {@code award_ineligibility}: a member not eligible for awards in a year. */
@TableName("award_ineligibility")
public class IneligibilityRow {

    private Long memberId;
    private Integer awardYear;
    private String cause;
    private LocalDateTime createdAt;

    public Long getMemberId() {
        return memberId;
    }

    public IneligibilityRow setMemberId(Long memberId) {
        this.memberId = memberId;
        return this;
    }

    public Integer getAwardYear() {
        return awardYear;
    }

    public IneligibilityRow setAwardYear(Integer awardYear) {
        this.awardYear = awardYear;
        return this;
    }

    public String getCause() {
        return cause;
    }

    public IneligibilityRow setCause(String cause) {
        this.cause = cause;
        return this;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public IneligibilityRow setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
        return this;
    }
}
