package cn.jifending.ledger.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/**
 * Facts are inserted and selected only. {@code ArchitectureTests} fails the build if any code
 * calls an update or delete method of this mapper.
 */
@Mapper
public interface FactMapper extends BaseMapper<FactRow> {
}
