package cn.jifending.publicity.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code publicity_milestone} table. */
@Mapper
public interface PublicityMilestoneMapper extends BaseMapper<PublicityMilestoneRow> {
}
