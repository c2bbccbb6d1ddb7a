package cn.jifending.evaluation.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of {@code evaluation_pending_objection}: a member who owes the reason of an objection. */
@TableName("evaluation_pending_objection")
public class PendingObjectionRow {

    @TableId(type = IdType.INPUT)
    private String userId;
    private Long roundId;
    private Long memberId;
    private LocalDateTime createdAt;

    public String getUserId() {
        return userId;
    }

    public PendingObjectionRow setUserId(String userId) {
        this.userId = userId;
        return this;
    }

    public Long getRoundId() {
        return roundId;
    }

    public PendingObjectionRow setRoundId(Long roundId) {
        this.roundId = roundId;
        return this;
    }

    public Long getMemberId() {
        return memberId;
    }

    public PendingObjectionRow setMemberId(Long memberId) {
        this.memberId = memberId;
        return this;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public PendingObjectionRow setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
        return this;
    }
}
