package cn.jifending.organization.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface PartyGroupMapper extends BaseMapper<PartyGroupRow> {
}
