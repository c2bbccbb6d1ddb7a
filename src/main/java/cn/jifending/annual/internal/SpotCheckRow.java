package cn.jifending.annual.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of {@code spot_check}: a spot-check draw. */
@TableName("spot_check")
public class SpotCheckRow {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long seed;
    private Integer size;
    private String drawnBy;
    private LocalDateTime drawnAt;

    public Long getId() {
        return id;
    }

    public SpotCheckRow setId(Long id) {
        this.id = id;
        return this;
    }

    public Long getSeed() {
        return seed;
    }

    public SpotCheckRow setSeed(Long seed) {
        this.seed = seed;
        return this;
    }

    public Integer getSize() {
        return size;
    }

    public SpotCheckRow setSize(Integer size) {
        this.size = size;
        return this;
    }

    public String getDrawnBy() {
        return drawnBy;
    }

    public SpotCheckRow setDrawnBy(String drawnBy) {
        this.drawnBy = drawnBy;
        return this;
    }

    public LocalDateTime getDrawnAt() {
        return drawnAt;
    }

    public SpotCheckRow setDrawnAt(LocalDateTime drawnAt) {
        this.drawnAt = drawnAt;
        return this;
    }
}
