package cn.jifending.annual.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code annual_round} table. */
@Mapper
public interface AnnualRoundMapper extends BaseMapper<AnnualRoundRow> {
}
