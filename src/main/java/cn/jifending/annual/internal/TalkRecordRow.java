package cn.jifending.annual.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Row of {@code annual_talk_record}: the record of a talk held. */
@TableName("annual_talk_record")
public class TalkRecordRow {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long talkId;
    private LocalDate talkedOn;
    private String summary;
    private String measures;
    private String recordedBy;
    private LocalDateTime recordedAt;

    public Long getId() {
        return id;
    }

    public TalkRecordRow setId(Long id) {
        this.id = id;
        return this;
    }

    public Long getTalkId() {
        return talkId;
    }

    public TalkRecordRow setTalkId(Long talkId) {
        this.talkId = talkId;
        return this;
    }

    public LocalDate getTalkedOn() {
        return talkedOn;
    }

    public TalkRecordRow setTalkedOn(LocalDate talkedOn) {
        this.talkedOn = talkedOn;
        return this;
    }

    public String getSummary() {
        return summary;
    }

    public TalkRecordRow setSummary(String summary) {
        this.summary = summary;
        return this;
    }

    public String getMeasures() {
        return measures;
    }

    public TalkRecordRow setMeasures(String measures) {
        this.measures = measures;
        return this;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public TalkRecordRow setRecordedBy(String recordedBy) {
        this.recordedBy = recordedBy;
        return this;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public TalkRecordRow setRecordedAt(LocalDateTime recordedAt) {
        this.recordedAt = recordedAt;
        return this;
    }
}
