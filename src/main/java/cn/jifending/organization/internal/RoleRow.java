package cn.jifending.organization.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of {@code org_role}. */
@TableName("org_role")
public class RoleRow {

    @TableId(type = IdType.AUTO)
    public Long id;
    public Long memberId;
    public Long branchId;
    public String role;
    public String grantedBy;
    public LocalDateTime grantedAt;

    // Getters name the columns in typed (lambda) query wrappers.

    public Long getId() {
        return id;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getBranchId() {
        return branchId;
    }

    public String getRole() {
        return role;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public LocalDateTime getGrantedAt() {
        return grantedAt;
    }
}
