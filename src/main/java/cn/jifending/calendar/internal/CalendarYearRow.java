package cn.jifending.calendar.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** Row of {@code calendar_year}: a year whose calendar is complete. */
@TableName("calendar_year")
public class CalendarYearRow {

    @TableId(type = IdType.INPUT)
    private Integer coveredYear;
    private String source;
    private LocalDateTime addedAt;

    public Integer getCoveredYear() {
        return coveredYear;
    }

    public CalendarYearRow setCoveredYear(Integer coveredYear) {
        this.coveredYear = coveredYear;
        return this;
    }

    public String getSource() {
        return source;
    }

    public CalendarYearRow setSource(String source) {
        this.source = source;
        return this;
    }

    public LocalDateTime getAddedAt() {
        return addedAt;
    }

    public CalendarYearRow setAddedAt(LocalDateTime addedAt) {
        this.addedAt = addedAt;
        return this;
    }
}
