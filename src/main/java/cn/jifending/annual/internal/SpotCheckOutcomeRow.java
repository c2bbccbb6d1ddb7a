package cn.jifending.annual.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of {@code spot_check_outcome}: the outcome of checking one drawn fact. */
@TableName("spot_check_outcome")
public class SpotCheckOutcomeRow {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long itemId;
    private String outcome;
    private String note;
    private String decidedBy;
    private LocalDateTime decidedAt;

    public Long getId() {
        return id;
    }

    public SpotCheckOutcomeRow setId(Long id) {
        this.id = id;
        return this;
    }

    public Long getItemId() {
        return itemId;
    }

    public SpotCheckOutcomeRow setItemId(Long itemId) {
        this.itemId = itemId;
        return this;
    }

    public String getOutcome() {
        return outcome;
    }

    public SpotCheckOutcomeRow setOutcome(String outcome) {
        this.outcome = outcome;
        return this;
    }

    public String getNote() {
        return note;
    }

    public SpotCheckOutcomeRow setNote(String note) {
        this.note = note;
        return this;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public SpotCheckOutcomeRow setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
        return this;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public SpotCheckOutcomeRow setDecidedAt(LocalDateTime decidedAt) {
        this.decidedAt = decidedAt;
        return this;
    }
}
