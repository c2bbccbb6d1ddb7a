package cn.jifending.declaration.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code declaration_dispute} table. */
@Mapper
public interface DisputeMapper extends BaseMapper<DisputeRow> {
}
