package cn.jifending.organization.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of {@code org_party_group}. */
@TableName("org_party_group")
public class PartyGroupRow {

    @TableId(type = IdType.AUTO)
    public Long id;
    public Long branchId;
    public String name;
    public LocalDateTime createdAt;

    // Getters name the columns in typed (lambda) query wrappers.

    public Long getId() {
        return id;
    }

    public Long getBranchId() {
        return branchId;
    }

    public String getName() {
        return name;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
