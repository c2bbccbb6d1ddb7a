package cn.jifending.evaluation.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code evaluation_decision} table. */
@Mapper
public interface EvaluationDecisionMapper extends BaseMapper<EvaluationDecisionRow> {
}
