package cn.jifending.annual.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code annual_talk_record} table. */
@Mapper
public interface TalkRecordMapper extends BaseMapper<TalkRecordRow> {
}
