package cn.jifending.evaluation.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code evaluation_signoff} table. */
@Mapper
public interface EvaluationSignoffMapper extends BaseMapper<EvaluationSignoffRow> {
}
