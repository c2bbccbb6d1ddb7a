package cn.jifending.evidence.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code evidence} table. */
@Mapper
public interface EvidenceMapper extends BaseMapper<EvidenceRow> {
}
