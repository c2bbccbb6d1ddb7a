package cn.jifending.evaluation.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code evaluation_answer} table. */
@Mapper
public interface EvaluationAnswerMapper extends BaseMapper<EvaluationAnswerRow> {
}
