package cn.jifending.publicity.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of {@code publicity_answer}: the panel's answer to an objection. */
@TableName("publicity_answer")
public class PublicityAnswerRow {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long objectionId;
    private String decision;
    private String note;
    private String decidedBy;
    private LocalDateTime decidedAt;

    public Long getId() {
        return id;
    }

    public PublicityAnswerRow setId(Long id) {
        this.id = id;
        return this;
    }

    public Long getObjectionId() {
        return objectionId;
    }

    public PublicityAnswerRow setObjectionId(Long objectionId) {
        this.objectionId = objectionId;
        return this;
    }

    public String getDecision() {
        return decision;
    }

    public PublicityAnswerRow setDecision(String decision) {
        this.decision = decision;
        return this;
    }

    public String getNote() {
        return note;
    }

    public PublicityAnswerRow setNote(String note) {
        this.note = note;
        return this;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public PublicityAnswerRow setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
        return this;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public PublicityAnswerRow setDecidedAt(LocalDateTime decidedAt) {
        this.decidedAt = decidedAt;
        return this;
    }
}
