package cn.jifending.declaration.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code dispute_vote} table. */
@Mapper
public interface DisputeVoteMapper extends BaseMapper<DisputeVoteRow> {
}
