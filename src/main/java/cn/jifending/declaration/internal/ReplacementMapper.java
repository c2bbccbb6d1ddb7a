package cn.jifending.declaration.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code declaration_draft_replacement} table. */
@Mapper
public interface ReplacementMapper extends BaseMapper<ReplacementRow> {
}
