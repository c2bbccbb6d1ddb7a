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
}
