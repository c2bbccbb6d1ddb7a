package cn.jifending.declaration.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code declaration_evidence} table. */
@Mapper
public interface DeclarationEvidenceMapper extends BaseMapper<DeclarationEvidenceRow> {
}
