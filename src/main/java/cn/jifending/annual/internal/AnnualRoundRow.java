package cn.jifending.annual.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of {@code annual_round}: an annual round of a branch. */
@TableName("annual_round")
public class AnnualRoundRow {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long branchId;
    private Integer roundYear;
    private String openedBy;
    private LocalDateTime openedAt;

    public Long getId() {
        return id;
    }

    public AnnualRoundRow setId(Long id) {
        this.id = id;
        return this;
    }

    public Long getBranchId() {
        return branchId;
    }

    public AnnualRoundRow setBranchId(Long branchId) {
        this.branchId = branchId;
        return this;
    }

    public Integer getRoundYear() {
        return roundYear;
    }

    public AnnualRoundRow setRoundYear(Integer roundYear) {
        this.roundYear = roundYear;
        return this;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public AnnualRoundRow setOpenedBy(String openedBy) {
        this.openedBy = openedBy;
        return this;
    }

    public LocalDateTime getOpenedAt() {
        return openedAt;
    }

    public AnnualRoundRow setOpenedAt(LocalDateTime openedAt) {
        this.openedAt = openedAt;
        return this;
    }
}
