package cn.jifending.calendar.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code calendar_day} table. */
@Mapper
public interface CalendarDayMapper extends BaseMapper<CalendarDayRow> {
}
