package cn.jifending.annual.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code annual_snapshot} table. */
@Mapper
public interface AnnualSnapshotMapper extends BaseMapper<AnnualSnapshotRow> {
}
