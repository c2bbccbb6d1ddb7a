package cn.jifending.publicity.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code publicity_entry} table. */
@Mapper
public interface PublicityEntryMapper extends BaseMapper<PublicityEntryRow> {
}
