package cn.jifending.publicity.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code publicity_objection} table. */
@Mapper
public interface PublicityObjectionMapper extends BaseMapper<PublicityObjectionRow> {
}
