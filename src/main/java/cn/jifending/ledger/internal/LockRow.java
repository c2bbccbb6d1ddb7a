package cn.jifending.ledger.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of {@code ledger_period_lock}. */
@TableName("ledger_period_lock")
public class LockRow {

    @TableId(type = IdType.AUTO)
    public Long id;
    public Long branchId;
    public Integer lockYear;
    public Integer quarter;
    public String lockedBy;
    public LocalDateTime lockedAt;

    // Getters name the columns in typed (lambda) query wrappers.

    public Long getId() {
        return id;
    }

    public Long getBranchId() {
        return branchId;
    }

    public Integer getLockYear() {
        return lockYear;
    }

    public Integer getQuarter() {
        return quarter;
    }

    public String getLockedBy() {
        return lockedBy;
    }

    public LocalDateTime getLockedAt() {
        return lockedAt;
    }
}
