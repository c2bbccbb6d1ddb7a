package cn.jifending.declaration.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code declaration} table. */
@Mapper
public interface DeclarationMapper extends BaseMapper<DeclarationRow> {
}
