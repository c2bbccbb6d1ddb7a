package cn.jifending.recording.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code rec_request} table. */
@Mapper
public interface RequestMapper extends BaseMapper<RequestRow> {
}
