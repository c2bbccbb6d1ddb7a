package cn.jifending.sandbox.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code sandbox_file} table. */
@Mapper
public interface SandboxFileMapper extends BaseMapper<SandboxFileRow> {
}
