package cn.jifending.recording.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Row of {@code rec_meeting}: a meeting recorded for a branch. */
@TableName("rec_meeting")
public class MeetingRow {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long branchId;
    private String item;
    private LocalDate heldOn;
    private String recordedBy;
    private String sourceRef;
    private LocalDateTime recordedAt;
    private String evidenceCode;
    private String evidenceFileName;
    private LocalDateTime evidenceAt;
    private Long evidenceId;

    public Long getId() {
        return id;
    }

    public MeetingRow setId(Long id) {
        this.id = id;
        return this;
    }

    public Long getBranchId() {
        return branchId;
    }

    public MeetingRow setBranchId(Long branchId) {
        this.branchId = branchId;
        return this;
    }

    public String getItem() {
        return item;
    }

    public MeetingRow setItem(String item) {
        this.item = item;
        return this;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public MeetingRow setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
        return this;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public MeetingRow setRecordedBy(String recordedBy) {
        this.recordedBy = recordedBy;
        return this;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public MeetingRow setSourceRef(String sourceRef) {
        this.sourceRef = sourceRef;
        return this;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public MeetingRow setRecordedAt(LocalDateTime recordedAt) {
        this.recordedAt = recordedAt;
        return this;
    }

    public String getEvidenceCode() {
        return evidenceCode;
    }

    public MeetingRow setEvidenceCode(String evidenceCode) {
        this.evidenceCode = evidenceCode;
        return this;
    }

    public String getEvidenceFileName() {
        return evidenceFileName;
    }

    public MeetingRow setEvidenceFileName(String evidenceFileName) {
        this.evidenceFileName = evidenceFileName;
        return this;
    }

    public LocalDateTime getEvidenceAt() {
        return evidenceAt;
    }

    public MeetingRow setEvidenceAt(LocalDateTime evidenceAt) {
        this.evidenceAt = evidenceAt;
        return this;
    }

    public Long getEvidenceId() {
        return evidenceId;
    }

    public MeetingRow setEvidenceId(Long evidenceId) {
        this.evidenceId = evidenceId;
        return this;
    }
}
