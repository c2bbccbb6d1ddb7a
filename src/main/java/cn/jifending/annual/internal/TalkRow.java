package cn.jifending.annual.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Row of {@code annual_talk}: a talk (约谈) task. */
@TableName("annual_talk")
public class TalkRow {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Integer talkYear;
    private Long memberId;
    private Long branchId;
    private String memberName;
    private String cause;
    private LocalDate deadline;
    private LocalDateTime createdAt;

    public Long getId() {
        return id;
    }

    public TalkRow setId(Long id) {
        this.id = id;
        return this;
    }

    public Integer getTalkYear() {
        return talkYear;
    }

    public TalkRow setTalkYear(Integer talkYear) {
        this.talkYear = talkYear;
        return this;
    }

    public Long getMemberId() {
        return memberId;
    }

    public TalkRow setMemberId(Long memberId) {
        this.memberId = memberId;
        return this;
    }

    public Long getBranchId() {
        return branchId;
    }

    public TalkRow setBranchId(Long branchId) {
        this.branchId = branchId;
        return this;
    }

    public String getMemberName() {
        return memberName;
    }

    public TalkRow setMemberName(String memberName) {
        this.memberName = memberName;
        return this;
    }

    public String getCause() {
        return cause;
    }

    public TalkRow setCause(String cause) {
        this.cause = cause;
        return this;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public TalkRow setDeadline(LocalDate deadline) {
        this.deadline = deadline;
        return this;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public TalkRow setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
        return this;
    }
}
