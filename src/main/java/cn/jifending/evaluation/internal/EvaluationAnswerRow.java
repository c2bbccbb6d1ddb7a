package cn.jifending.evaluation.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of {@code evaluation_answer}: a member's answer in a round. */
@TableName("evaluation_answer")
public class EvaluationAnswerRow {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long roundId;
    private Long memberId;
    private String answer;
    private String reason;
    private LocalDateTime answeredAt;
    private String sourceRef;

    public Long getId() {
        return id;
    }

    public EvaluationAnswerRow setId(Long id) {
        this.id = id;
        return this;
    }

    public Long getRoundId() {
        return roundId;
    }

    public EvaluationAnswerRow setRoundId(Long roundId) {
        this.roundId = roundId;
        return this;
    }

    public Long getMemberId() {
        return memberId;
    }

    public EvaluationAnswerRow setMemberId(Long memberId) {
        this.memberId = memberId;
        return this;
    }

    public String getAnswer() {
        return answer;
    }

    public EvaluationAnswerRow setAnswer(String answer) {
        this.answer = answer;
        return this;
    }

    public String getReason() {
        return reason;
    }

    public EvaluationAnswerRow setReason(String reason) {
        this.reason = reason;
        return this;
    }

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
    }

    public EvaluationAnswerRow setAnsweredAt(LocalDateTime answeredAt) {
        this.answeredAt = answeredAt;
        return this;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public EvaluationAnswerRow setSourceRef(String sourceRef) {
        this.sourceRef = sourceRef;
        return this;
    }
}
