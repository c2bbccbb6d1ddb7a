package cn.jifending.publicity.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

/** The {@code publicity_answer} table. */
@Mapper
public interface PublicityAnswerMapper extends BaseMapper<PublicityAnswerRow> {
}
