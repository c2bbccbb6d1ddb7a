package cn.jifending.evaluation.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of {@code evaluation_signoff}: the secretary's sign-off of a round. */
@TableName("evaluation_signoff")
public class EvaluationSignoffRow {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long roundId;
    private String signedBy;
    private LocalDateTime signedAt;
    private String unconfirmed;
    private String overrideReason;

    public Long getId() {
        return id;
    }

    public EvaluationSignoffRow setId(Long id) {
        this.id = id;
        return this;
    }

    public Long getRoundId() {
        return roundId;
    }

    public EvaluationSignoffRow setRoundId(Long roundId) {
        this.roundId = roundId;
        return this;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public EvaluationSignoffRow setSignedBy(String signedBy) {
        this.signedBy = signedBy;
        return this;
    }

    public LocalDateTime getSignedAt() {
        return signedAt;
    }

    public EvaluationSignoffRow setSignedAt(LocalDateTime signedAt) {
        this.signedAt = signedAt;
        return this;
    }

    public String getUnconfirmed() {
        return unconfirmed;
    }

    public EvaluationSignoffRow setUnconfirmed(String unconfirmed) {
        this.unconfirmed = unconfirmed;
        return this;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public EvaluationSignoffRow setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
        return this;
    }
}
