package cn.jifending.bot.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code inbound_event} table: events are inserted and read, a recorded event never changes. */
@Mapper
public interface InboundEventMapper extends BaseMapper<InboundEventRow> {
}
