package cn.jifending.organization.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of {@code org_committee}. */
@TableName("org_committee")
public class CommitteeRow {

    @TableId(type = IdType.AUTO)
    public Long id;
    public String name;
    public LocalDateTime createdAt;

    // Getters name the columns in typed (lambda) query wrappers.

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
