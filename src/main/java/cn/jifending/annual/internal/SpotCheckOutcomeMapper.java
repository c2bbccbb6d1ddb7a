package cn.jifending.annual.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code spot_check_outcome} table. */
@Mapper
public interface SpotCheckOutcomeMapper extends BaseMapper<SpotCheckOutcomeRow> {
}
