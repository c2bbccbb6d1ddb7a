package cn.jifending.declaration.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code branch_item} table. */
@Mapper
public interface BranchItemMapper extends BaseMapper<BranchItemRow> {
}
