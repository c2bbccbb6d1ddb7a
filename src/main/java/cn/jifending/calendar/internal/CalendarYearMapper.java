package cn.jifending.calendar.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code calendar_year} table. */
@Mapper
public interface CalendarYearMapper extends BaseMapper<CalendarYearRow> {
}
