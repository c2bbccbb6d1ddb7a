package cn.jifending.recording.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code rec_meeting} table. */
@Mapper
public interface MeetingMapper extends BaseMapper<MeetingRow> {
}
