package cn.jifending.annual.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** Row of {@code spot_check_item}: one fact drawn by a spot check. */
@TableName("spot_check_item")
public class SpotCheckItemRow {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long checkId;
    private Integer position;
    private Long factId;

    public Long getId() {
        return id;
    }

    public SpotCheckItemRow setId(Long id) {
        this.id = id;
        return this;
    }

    public Long getCheckId() {
        return checkId;
    }

    public SpotCheckItemRow setCheckId(Long checkId) {
        this.checkId = checkId;
        return this;
    }

    public Integer getPosition() {
        return position;
    }

    public SpotCheckItemRow setPosition(Integer position) {
        this.position = position;
        return this;
    }

    public Long getFactId() {
        return factId;
    }

    public SpotCheckItemRow setFactId(Long factId) {
        this.factId = factId;
        return this;
    }
}
