package cn.jifending.annual.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code award_ineligibility} table. */
@Mapper
public interface IneligibilityMapper extends BaseMapper<IneligibilityRow> {
}
