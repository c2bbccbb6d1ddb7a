package cn.jifending.annual.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code annual_signature} table. */
@Mapper
public interface AnnualSignatureMapper extends BaseMapper<AnnualSignatureRow> {
}
