package cn.jifending.recording.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code rec_attendance} table. */
@Mapper
public interface AttendanceMapper extends BaseMapper<AttendanceRow> {
}
