package cn.jifending.organization.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Row of {@code org_membership}. */
@TableName("org_membership")
public class MembershipRow {

    @TableId(type = IdType.AUTO)
    public Long id;
    public Long memberId;
    public Long branchId;
    public Long partyGroupId;
    public LocalDate joinedOn;
    public LocalDate leftOn;
    public LocalDateTime createdAt;

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

    public Long getPartyGroupId() {
        return partyGroupId;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
