package cn.jifending.evaluation.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of {@code evaluation_decision}: the panel's decision on an objection. */
@TableName("evaluation_decision")
public class EvaluationDecisionRow {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long answerId;
    private String decision;
    private String note;
    private String decidedBy;
    private LocalDateTime decidedAt;

    public Long getId() {
        return id;
    }

    public EvaluationDecisionRow setId(Long id) {
        this.id = id;
        return this;
    }

    public Long getAnswerId() {
        return answerId;
    }

    public EvaluationDecisionRow setAnswerId(Long answerId) {
        this.answerId = answerId;
        return this;
    }

    public String getDecision() {
        return decision;
    }

    public EvaluationDecisionRow setDecision(String decision) {
        this.decision = decision;
        return this;
    }

    public String getNote() {
        return note;
    }

    public EvaluationDecisionRow setNote(String note) {
        this.note = note;
        return this;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public EvaluationDecisionRow setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
        return this;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public EvaluationDecisionRow setDecidedAt(LocalDateTime decidedAt) {
        this.decidedAt = decidedAt;
        return this;
    }
}
