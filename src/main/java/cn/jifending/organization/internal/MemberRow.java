package cn.jifending.organization.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Row of {@code org_member}. */
@TableName("org_member")
public class MemberRow {

    @TableId(type = IdType.AUTO)
    public Long id;
    public String userId;
    public String name;
    public Boolean probationary;
    public LocalDate joinedOn;
    public LocalDate convertedOn;
    public LocalDateTime createdAt;

    // Getters name the columns in typed (lambda) query wrappers.

    public Long getId() {
        return id;
    }

    public String getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public Boolean getProbationary() {
        return probationary;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getConvertedOn() {
        return convertedOn;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
