package cn.jifending.evaluation.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Row of {@code evaluation_round}: a quarterly round of a branch. */
@TableName("evaluation_round")
public class EvaluationRoundRow {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long branchId;
    private Integer roundYear;
    private Integer quarter;
    private LocalDate openedOn;
    private LocalDate deadline;
    private String openedBy;
    private LocalDateTime openedAt;

    public Long getId() {
        return id;
    }

    public EvaluationRoundRow setId(Long id) {
        this.id = id;
        return this;
    }

    public Long getBranchId() {
        return branchId;
    }

    public EvaluationRoundRow setBranchId(Long branchId) {
        this.branchId = branchId;
        return this;
    }

    public Integer getRoundYear() {
        return roundYear;
    }

    public EvaluationRoundRow setRoundYear(Integer roundYear) {
        this.roundYear = roundYear;
        return this;
    }

    public Integer getQuarter() {
        return quarter;
    }

    public EvaluationRoundRow setQuarter(Integer quarter) {
        this.quarter = quarter;
        return this;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public EvaluationRoundRow setOpenedOn(LocalDate openedOn) {
        this.openedOn = openedOn;
        return this;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public EvaluationRoundRow setDeadline(LocalDate deadline) {
        this.deadline = deadline;
        return this;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public EvaluationRoundRow setOpenedBy(String openedBy) {
        this.openedBy = openedBy;
        return this;
    }

    public LocalDateTime getOpenedAt() {
        return openedAt;
    }

    public EvaluationRoundRow setOpenedAt(LocalDateTime openedAt) {
        this.openedAt = openedAt;
        return this;
    }
}
