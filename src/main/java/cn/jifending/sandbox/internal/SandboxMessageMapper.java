package cn.jifending.sandbox.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code sandbox_message} table. */
@Mapper
public interface SandboxMessageMapper extends BaseMapper<SandboxMessageRow> {
}
