package cn.jifending.declaration.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of {@code declaration_dispute}: a dispute of a rejected declaration. */
@TableName("declaration_dispute")
public class DisputeRow {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long declarationId;
    private String reason;
    private String status;
    private String panel;
    private String outTrackId;
    private LocalDateTime openedAt;
    private LocalDateTime decidedAt;
    private Long factId;

    public Long getId() {
        return id;
    }

    public DisputeRow setId(Long id) {
        this.id = id;
        return this;
    }

    public Long getDeclarationId() {
        return declarationId;
    }

    public DisputeRow setDeclarationId(Long declarationId) {
        this.declarationId = declarationId;
        return this;
    }

    public String getReason() {
        return reason;
    }

    public DisputeRow setReason(String reason) {
        this.reason = reason;
        return this;
    }

    public String getStatus() {
        return status;
    }

    public DisputeRow setStatus(String status) {
        this.status = status;
        return this;
    }

    public String getPanel() {
        return panel;
    }

    public DisputeRow setPanel(String panel) {
        this.panel = panel;
        return this;
    }

    public String getOutTrackId() {
        return outTrackId;
    }

    public DisputeRow setOutTrackId(String outTrackId) {
        this.outTrackId = outTrackId;
        return this;
    }

    public LocalDateTime getOpenedAt() {
        return openedAt;
    }

    public DisputeRow setOpenedAt(LocalDateTime openedAt) {
        this.openedAt = openedAt;
        return this;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public DisputeRow setDecidedAt(LocalDateTime decidedAt) {
        this.decidedAt = decidedAt;
        return this;
    }

    public Long getFactId() {
        return factId;
    }

    public DisputeRow setFactId(Long factId) {
        this.factId = factId;
        return this;
    }
}
