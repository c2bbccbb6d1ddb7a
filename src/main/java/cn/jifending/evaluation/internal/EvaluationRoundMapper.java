package cn.jifending.evaluation.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code evaluation_round} table. */
@Mapper
public interface EvaluationRoundMapper extends BaseMapper<EvaluationRoundRow> {
}
