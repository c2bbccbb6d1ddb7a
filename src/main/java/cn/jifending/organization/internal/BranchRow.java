package cn.jifending.organization.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of {@code org_branch}. */
@TableName("org_branch")
public class BranchRow {

    @TableId(type = IdType.AUTO)
    public Long id;
    public Long committeeId;
    public String name;
    public LocalDateTime createdAt;
}
