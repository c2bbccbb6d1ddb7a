package cn.jifending.annual.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of {@code annual_signature}: a signature of a stage of the annual round. */
@TableName("annual_signature")
public class AnnualSignatureRow {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long roundId;
    private String stage;
    private String userId;
    private LocalDateTime signedAt;
    private String sourceRef;

    public Long getId() {
        return id;
    }

    public AnnualSignatureRow setId(Long id) {
        this.id = id;
        return this;
    }

    public Long getRoundId() {
        return roundId;
    }

    public AnnualSignatureRow setRoundId(Long roundId) {
        this.roundId = roundId;
        return this;
    }

    public String getStage() {
        return stage;
    }

    public AnnualSignatureRow setStage(String stage) {
        this.stage = stage;
        return this;
    }

    public String getUserId() {
        return userId;
    }

    public AnnualSignatureRow setUserId(String userId) {
        this.userId = userId;
        return this;
    }

    public LocalDateTime getSignedAt() {
        return signedAt;
    }

    public AnnualSignatureRow setSignedAt(LocalDateTime signedAt) {
        this.signedAt = signedAt;
        return this;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public AnnualSignatureRow setSourceRef(String sourceRef) {
        this.sourceRef = sourceRef;
        return this;
    }
}
