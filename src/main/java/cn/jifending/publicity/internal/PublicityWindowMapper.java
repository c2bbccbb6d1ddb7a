package cn.jifending.publicity.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code publicity_window} table. */
@Mapper
public interface PublicityWindowMapper extends BaseMapper<PublicityWindowRow> {
}
