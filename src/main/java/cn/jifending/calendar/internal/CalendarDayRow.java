package cn.jifending.calendar.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDate;

/** Row of {@code calendar_day}: a holiday or adjusted working day. */
@TableName("calendar_day")
public class CalendarDayRow {

    @TableId(type = IdType.INPUT)
    private LocalDate calendarDate;
    private String kind;
    private String name;

    public LocalDate getCalendarDate() {
        return calendarDate;
    }

    public CalendarDayRow setCalendarDate(LocalDate calendarDate) {
        this.calendarDate = calendarDate;
        return this;
    }

    public String getKind() {
        return kind;
    }

    public CalendarDayRow setKind(String kind) {
        this.kind = kind;
        return this;
    }

    public String getName() {
        return name;
    }

    public CalendarDayRow setName(String name) {
        this.name = name;
        return this;
    }
}
