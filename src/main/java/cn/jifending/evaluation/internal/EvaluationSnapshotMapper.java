package cn.jifending.evaluation.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code evaluation_snapshot} table. */
@Mapper
public interface EvaluationSnapshotMapper extends BaseMapper<EvaluationSnapshotRow> {
}
