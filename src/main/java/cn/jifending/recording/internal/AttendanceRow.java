package cn.jifending.recording.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of {@code rec_attendance}: one member's attendance at a meeting. */
@TableName("rec_attendance")
public class AttendanceRow {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long meetingId;
    private Long memberId;
    private String status;
    private Long factId;
    private String decidedBy;
    private LocalDateTime decidedAt;

    public Long getId() {
        return id;
    }

    public AttendanceRow setId(Long id) {
        this.id = id;
        return this;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public AttendanceRow setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
        return this;
    }

    public Long getMemberId() {
        return memberId;
    }

    public AttendanceRow setMemberId(Long memberId) {
        this.memberId = memberId;
        return this;
    }

    public String getStatus() {
        return status;
    }

    public AttendanceRow setStatus(String status) {
        this.status = status;
        return this;
    }

    public Long getFactId() {
        return factId;
    }

    public AttendanceRow setFactId(Long factId) {
        this.factId = factId;
        return this;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public AttendanceRow setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
        return this;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public AttendanceRow setDecidedAt(LocalDateTime decidedAt) {
        this.decidedAt = decidedAt;
        return this;
    }
}
